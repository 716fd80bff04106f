package org.parvis.core.portal;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parvis.core.module.application.ModuleAdministration;
import org.parvis.core.module.application.ModuleState;
import org.parvis.core.residency.application.ResidencyVerification;
import org.parvis.spi.module.AdministrationEntry;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;

/**
 * The tenant's administration home: every administration page of every enabled module that the visitor's roles
 * open, and the modules page for administrators — so that no administration page is hidden.
 */
@Path("/admin")
@RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF, TenantRole.MODERATOR})
@Produces(MediaType.TEXT_HTML)
public class AdministrationHomePage {

  @Inject DefaultPortalLayout layout;
  @Inject PortalTemplates templates;
  @Inject ModuleAdministration modules;
  @Inject Caller caller;
  @Inject ResidencyVerification residency;

  /** One administration page as the home lists it. */
  public record Link(String label, String description, String path) {}

  /** An enabled module and the administration pages the visitor may open there. */
  public record Section(String module, List<Link> links) {}

  @GET
  public Response page() {
    Locale locale = Locale.forLanguageTag(layout.language());
    Set<TenantRole> roles = caller.tenantRoles();
    var m = layout.messages();
    boolean admin = roles.contains(TenantRole.ADMIN);
    boolean staff = admin || roles.contains(TenantRole.STAFF);
    String waiting = staff ? java.text.MessageFormat.format(m.get("adminHome.residency.waiting"),
        residency.pendingRequests().size()) : "";
    return layout.page(m.get("adminHome.title"), templates.render("admin-home", Map.of(
        "m", m, "sections", sections(roles, locale), "admin", admin, "staff", staff, "waiting", waiting)));
  }

  static List<Section> sections(List<ModuleState> states, Set<TenantRole> roles, Locale locale) {
    List<Section> sections = new ArrayList<>();
    for (ModuleState state : states) {
      if (!state.enabled()) {
        continue;
      }
      List<Link> links = state.module().administration().stream()
          .filter(entry -> entry.openTo(roles))
          .map(entry -> link(entry, locale))
          .toList();
      if (!links.isEmpty()) {
        sections.add(new Section(state.module().name().in(locale), links));
      }
    }
    return sections;
  }

  private List<Section> sections(Set<TenantRole> roles, Locale locale) {
    return sections(modules.list(), roles, locale);
  }

  private static Link link(AdministrationEntry entry, Locale locale) {
    return new Link(entry.label().in(locale), entry.description().in(locale), entry.path());
  }
}
