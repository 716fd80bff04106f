package org.parvis.core.portal;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parvis.core.module.application.ModuleAdministration;
import org.parvis.core.module.application.ModuleState;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;

/** The tenant administrator's page: enable, disable and configure modules. */
@Path("/admin/modules")
@RequiresTenantRole(TenantRole.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AdminModulesPage {

  @Inject DefaultPortalLayout layout;
  @Inject PortalTemplates templates;
  @Inject ModuleAdministration modules;
  @Context HttpServletRequest request;

  @GET
  public Response page() {
    Locale locale = Locale.forLanguageTag(layout.language());
    List<ModuleForm> forms = modules.list().stream().map(s -> ModuleForm.of(s, locale)).toList();
    var m = layout.messages();
    return layout.page(m.get("admin.title"), templates.render("admin-modules", Map.of(
        "m", m, "modules", forms, "csrf", PortalSession.csrfToken(request))));
  }

  @POST
  @Path("{id}/enable")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response enable(@PathParam("id") String id, MultivaluedMap<String, String> form) {
    modules.enable(id, Map.of());
    return backToPage(id);
  }

  @POST
  @Path("{id}/disable")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response disable(@PathParam("id") String id, MultivaluedMap<String, String> form) {
    modules.disable(id);
    return backToPage(id);
  }

  @POST
  @Path("{id}/settings")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response settings(@PathParam("id") String id, MultivaluedMap<String, String> form) {
    Map<String, String> values = new HashMap<>();
    form.forEach((key, list) -> {
      if (!"csrf".equals(key) && !list.isEmpty()) {
        values.put(key, list.get(0));
      }
    });
    modules.updateSettings(id, values);
    return backToPage(id);
  }

  private static Response backToPage(String id) {
    return Response.seeOther(URI.create("/admin/modules#module-" + id)).build();
  }

  /** A module with its settings as the form shows them. */
  public record ModuleForm(
      String id, String name, String description, boolean enabled, List<SettingField> settings) {

    static ModuleForm of(ModuleState state, Locale locale) {
      var module = state.module();
      return new ModuleForm(module.id(), module.name().in(locale), module.description().in(locale),
          state.enabled(),
          module.settings().stream()
              .map(s -> new SettingField(s.key(), s.label().in(locale), s.type().name(),
                  state.settings().get(s.key()), s.choices()))
              .toList());
    }
  }

  /** One setting's form field. */
  public record SettingField(
      String key, String label, String type, String value, List<String> choices) {}
}
