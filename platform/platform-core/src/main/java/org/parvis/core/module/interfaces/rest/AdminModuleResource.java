package org.parvis.core.module.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.parvis.core.module.application.ModuleAdministration;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;

/**
 * Tenant administrators enable and disable modules and edit their settings. {@code PUT
 * /{id}/enabled} enables (optionally with settings), {@code DELETE /{id}/enabled} disables.
 */
@Path("/api/admin/modules")
@RequiresTenantRole(TenantRole.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminModuleResource {

  @Inject ModuleAdministration modules;

  @GET
  public List<ModuleView> list() {
    return modules.list().stream().map(ModuleView::of).toList();
  }

  @GET
  @Path("{id}")
  public ModuleView get(@PathParam("id") String id) {
    return ModuleView.of(modules.state(id));
  }

  @PUT
  @Path("{id}/enabled")
  public ModuleView enable(@PathParam("id") String id, Map<String, String> settings) {
    return ModuleView.of(modules.enable(id, settings == null ? Map.of() : settings));
  }

  @DELETE
  @Path("{id}/enabled")
  public ModuleView disable(@PathParam("id") String id) {
    return ModuleView.of(modules.disable(id));
  }

  @PUT
  @Path("{id}/settings")
  public ModuleView settings(@PathParam("id") String id, Map<String, String> settings) {
    return ModuleView.of(modules.updateSettings(id, settings == null ? Map.of() : settings));
  }
}
