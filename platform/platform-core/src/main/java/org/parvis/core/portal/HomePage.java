package org.parvis.core.portal;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parvis.core.home.HomeContents;
import org.parvis.core.home.HomeHappenings;
import org.parvis.core.home.HomePageModels;
import org.parvis.core.home.HomePageModels.Home;
import org.parvis.core.home.HomePageModels.Link;
import org.parvis.core.home.HomePageModels.ModuleCard;
import org.parvis.core.module.application.ModuleAdministration;
import org.parvis.core.module.application.ModuleState;
import org.parvis.core.portal.views.PageFormats;
import org.parvis.core.residency.application.ResidencyVerification;
import org.parvis.spi.home.Happening;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.security.Caller;
import org.parvis.spi.tenant.TenantKind;
import org.parvis.spi.web.PortalViews;

/**
 * The home page of a host: on a tenant's host its welcome text and banner, what is happening in its enabled modules
 * and what waits for the visitor; on platform hosts the way to the operator console.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

  @Inject DefaultPortalLayout layout;
  @Inject PortalTemplates templates;
  @Inject PortalViews views;
  @Inject ModuleAdministration modules;
  @Inject HomeHappenings happenings;
  @Inject HomeContents contents;
  @Inject ResidencyVerification residency;
  @Inject Caller caller;

  @GET
  public Response home() {
    var m = layout.messages();
    if (layout.tenant() == null) {
      if (caller.isOperator()) {
        return Response.seeOther(URI.create("/operator")).build();
      }
      return layout.page("Parvis", templates.render("message",
          Map.of("text", m.get("operator.welcome"), "link", "/auth/login?return=/operator",
              "linkText", m.get("account.signIn"))));
    }
    Locale locale = views.locale();
    Texts t = Texts.of("messages.home", locale);
    var tenant = layout.tenant().ref();
    var content = contents.current();
    Home home = new Home(HomePageModels.welcome(content.welcome(), m.get("home.welcome")),
        content.banner().map(b -> new HomePageModels.Banner(b.url(), b.alt())).orElse(null),
        HomePageModels.happenings(happenings.now(locale, platformItems(tenant.kind(), t)),
            new PageFormats(t.locale(), tenant.zone()), t),
        cards(locale));
    return views.page("home/index", layout.tenant().brandingName()).with("home", home).response();
  }

  /** The platform's own item: a signed-in visitor of a commune who is not a verified resident yet. */
  private List<Happening> platformItems(TenantKind kind, Texts t) {
    if (kind != TenantKind.COMMUNE || caller.subject().isEmpty() || caller.isVerifiedResident()) {
      return List.of();
    }
    boolean pending = residency.pendingRequestOf(caller.subject().get()).isPresent();
    return List.of(Happening.waitingForYou(t.get("residency.title"), "/me/residency",
        t.get(pending ? "residency.pending" : "residency.note"), null));
  }

  private List<ModuleCard> cards(Locale locale) {
    return modules.list().stream()
        .filter(ModuleState::enabled)
        .map(s -> new ModuleCard(s.module().name().in(locale), s.module().description().in(locale),
            s.module().navigation().stream().map(e -> new Link(e.label().in(locale), e.path())).toList()))
        .toList();
  }
}
