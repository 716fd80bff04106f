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
import org.parvis.core.module.application.ModuleAdministration;
import org.parvis.core.module.application.ModuleState;
import org.parvis.spi.security.Caller;

/** The home page of a host: a tenant's portal, or the operator console on platform hosts. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

  @Inject DefaultPortalLayout layout;
  @Inject PortalTemplates templates;
  @Inject ModuleAdministration modules;
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
    Locale locale = Locale.forLanguageTag(layout.language());
    List<ModuleCard> cards = modules.list().stream()
        .filter(ModuleState::enabled)
        .map(s -> new ModuleCard(s.module().name().in(locale), s.module().description().in(locale),
            s.module().navigation().stream()
                .map(e -> new DefaultPortalLayout.NavLink(e.label().in(locale), e.path())).toList()))
        .toList();
    return layout.page(layout.tenant().brandingName(),
        templates.render("home", Map.of("m", m, "modules", cards)));
  }

  /** An enabled module as the home page presents it. */
  public record ModuleCard(String name, String description, List<DefaultPortalLayout.NavLink> links) {}
}
