package org.parvis.core.tenant.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.parvis.core.module.application.ModuleAdministration;
import org.parvis.core.module.application.ModuleState;
import org.parvis.core.tenant.application.TenantSnapshot;
import org.parvis.core.tenant.interfaces.web.TenantResolutionFilter;
import org.parvis.spi.module.LocalizedText;
import org.parvis.spi.module.NavigationEntry;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.tenant.TenantKind;

/** Public facts about the request's tenant: identity, branding, enabled modules. */
@Path("/api/tenant")
@Produces(MediaType.APPLICATION_JSON)
public class PublicTenantResource {

  @Inject ModuleAdministration modules;
  @Context HttpServletRequest request;

  @GET
  public PublicTenantView tenant() {
    var tenant = (TenantSnapshot) request.getAttribute(TenantResolutionFilter.TENANT_ATTRIBUTE);
    if (tenant == null) {
      throw ProblemException.notFound("This host serves no tenant");
    }
    List<PublicModule> enabled = modules.list().stream()
        .filter(ModuleState::enabled)
        .map(s -> new PublicModule(s.module().id(), s.module().name(), s.module().navigation()))
        .toList();
    return new PublicTenantView(
        tenant.ref().slug(),
        tenant.ref().kind(),
        tenant.ref().displayName(),
        tenant.ref().locale().getLanguage(),
        new TenantView.Branding(
            tenant.brandingName(), tenant.primaryColor(), tenant.secondaryColor(), tenant.logoUrl()),
        enabled);
  }

  public record PublicTenantView(
      String slug,
      TenantKind kind,
      String displayName,
      String locale,
      TenantView.Branding branding,
      List<PublicModule> modules) {}

  public record PublicModule(String id, LocalizedText name, List<NavigationEntry> navigation) {}
}
