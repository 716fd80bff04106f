package org.parvis.modules.council.interfaces.web;

import static org.parvis.modules.council.interfaces.web.FormHtml.form;
import static org.parvis.modules.council.interfaces.web.FormHtml.paragraphs;
import static org.parvis.modules.council.interfaces.web.FormHtml.textarea;
import static org.parvis.modules.council.interfaces.web.MemberSpace.e;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.parvis.modules.council.CouncilModule;
import org.parvis.modules.council.application.ContributionDesk;
import org.parvis.modules.council.application.ContributionView;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.PortalLayout;

/**
 * The secretariat's steps after a vote, without the API: publish an adopted contribution, send it
 * to the intercommunality, record the official response and what it changed. Tenant
 * administrators and staff only; the rules stay in {@link ContributionDesk}, a refused step comes
 * back as 422 with the reason next to its form.
 */
@Path("/council/secretariat")
@ModuleEndpoint(CouncilModule.ID)
@RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
@Produces(MediaType.TEXT_HTML)
public class SecretariatPages {

  @Inject ContributionDesk contributions;
  @Inject PortalLayout layout;

  @GET
  public Response index(@QueryParam("saved") String saved) {
    Texts t = texts();
    return page(saved == null ? "" : "<p role=\"status\">" + e(t.get("secretariat.saved")) + "</p>", null, 200);
  }

  @POST
  @Path("contributions/{id}/publication")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response publish(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    Typed typed = Typed.of("publish-" + id, form);
    return step(typed, () -> contributions.publish(id));
  }

  @POST
  @Path("contributions/{id}/sending")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response send(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    Typed typed = Typed.of("send-" + id, form);
    return step(typed, () -> contributions.markSent(id));
  }

  @POST
  @Path("contributions/{id}/response")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response respond(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    Typed typed = Typed.of("respond-" + id, form);
    return step(typed, () -> {
      String changes = typed.values().getOrDefault("changes", "").strip();
      if (changes.length() > 20_000) {
        throw ProblemException.invalidField(Typed.MISSING, "changes", "at most 20000 characters");
      }
      return contributions.recordResponse(id, typed.required("response", 50_000), changes);
    });
  }

  private Response step(Typed typed, Supplier<?> action) {
    try {
      action.get();
    } catch (ProblemException e) {
      if (e.status() == 403 || e.status() == 404) {
        throw e;
      }
      return page("", typed.refused(MemberSpace.message(texts(), e)), MemberSpace.status(e));
    }
    return Response.seeOther(URI.create("/council/secretariat?saved=" + typed.form())).build();
  }

  private Response page(String notice, Typed refused, int status) {
    Texts t = texts();
    return layout.page(status, t.get("secretariat.title"),
        notice + "<p><a href=\"/council/administration\">" + e(t.get("secretariat.admin")) + "</a></p>"
            + html(t, contributions.forSecretariat(), layout.formToken(), refused));
  }

  /** Every contribution with the step the secretariat can take at its stage. */
  static String html(Texts t, List<ContributionView> all, String csrf, Typed refused) {
    if (all.isEmpty()) {
      return "<p>" + e(t.get("space.none")) + "</p>";
    }
    StringBuilder html = new StringBuilder();
    for (ContributionView c : all) {
      String id = c.id().toString();
      String base = "/council/secretariat/contributions/" + id;
      html.append("<section aria-labelledby=\"c-").append(id).append("\"><h2 id=\"c-").append(id).append("\">")
          .append(e(c.title())).append("</h2><p>")
          .append(e(t.get("secretariat.stage", t.get("space.status." + c.status())))).append("</p>");
      if (c.result() != null && !"VOTING".equals(c.status())) {
        html.append(ContributionHtml.result(t, c.result(), c.status()));
      }
      switch (c.status()) {
        case "ADOPTED" -> html.append(form(base + "/publication", csrf, Typed.alert(refused, "publish-" + id), "",
            t.get("secretariat.publish", c.title())));
        case "PUBLISHED" -> html.append(form(base + "/sending", csrf, Typed.alert(refused, "send-" + id), "",
            t.get("secretariat.send", c.title())));
        case "SENT" -> {
          String key = "respond-" + id;
          html.append("<h3>").append(e(t.get("secretariat.response.title"))).append("</h3>")
              .append(form(base + "/response", csrf, Typed.alert(refused, key),
                  textarea(key + "-response", "response", t.get("secretariat.response.text"),
                      Typed.value(refused, key, "response", ""), 6)
                  + FormHtml.optionalTextarea(key + "-changes", "changes", t.get("secretariat.response.changes"),
                      Typed.value(refused, key, "changes", ""), 3),
                  t.get("secretariat.response.send")));
        }
        case "ANSWERED" -> html.append("<h3>").append(e(t.get("contributions.response"))).append("</h3>")
            .append(paragraphs(c.response()))
            .append(c.responseChanges() == null || c.responseChanges().isBlank() ? ""
                : "<p><strong>" + e(t.get("contributions.changes")) + "</strong> " + e(c.responseChanges()) + "</p>");
        default -> { }
      }
      html.append("</section>");
    }
    return Typed.unannounced(refused, html.toString());
  }

  private Texts texts() {
    return Texts.of("messages.council", layout.language());
  }
}
