package org.parvis.modules.council.interfaces.web;

import static org.parvis.modules.council.interfaces.web.CouncilForms.lines;

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
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.parvis.modules.council.CouncilModule;
import org.parvis.modules.council.application.ContributionDesk;
import org.parvis.modules.council.application.ContributionView;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The secretariat's steps after a vote, without the API: publish an adopted contribution, send it to the
 * intercommunality, record the official response and what it changed. Tenant administrators and staff only; the
 * rules stay in {@link ContributionDesk}, a refused step comes back as 422 with the reason next to its form.
 */
@Path("/council/secretariat")
@ModuleEndpoint(CouncilModule.ID)
@RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
@Produces(MediaType.TEXT_HTML)
public class SecretariatPages {

  /** A contribution at its stage, with the step the secretariat can take ({@code status}: its stage's code). */
  public record Step(UUID id, String title, String stage, String status, PublicPageModels.Result result,
      String publish, String send, String key, List<String> response, String changes) {

    public String publishKey() {
      return "publish-" + id;
    }

    public String sendKey() {
      return "send-" + id;
    }
  }

  @Inject ContributionDesk contributions;
  @Inject PortalViews views;

  @GET
  public Response index(@QueryParam("saved") String saved) {
    return page(Form.empty(), CouncilForms.NONE, saved == null ? null : texts().get("secretariat.saved")).response();
  }

  @POST
  @Path("contributions/{id}/publication")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response publish(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step("publish-" + id, posted, form -> contributions.publish(id));
  }

  @POST
  @Path("contributions/{id}/sending")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response send(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step("send-" + id, posted, form -> contributions.markSent(id));
  }

  @POST
  @Path("contributions/{id}/response")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response respond(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step("respond-" + id, posted, form -> {
      String response = form.paragraphs("response", 50_000);
      String changes = form.optionalParagraphs("changes", 20_000).orElse("");
      form.requireValid();
      contributions.recordResponse(id, response, changes);
    });
  }

  private Response step(String key, MultivaluedMap<String, String> posted, Consumer<Form> action) {
    return CouncilForms.submit(views, Form.of(posted), form -> {
      action.accept(form);
      return "/council/secretariat?saved=" + key;
    }, form -> page(form, key, null));
  }

  private View page(Form form, String refused, String notice) {
    Texts t = texts();
    List<Step> steps = contributions.forSecretariat().stream().map(c -> step(t, c)).toList();
    return views.page("council/secretariat", t.get("secretariat.title")).with("steps", steps)
        .with("refused", refused).with("notice", notice).form(form);
  }

  private static Step step(Texts t, ContributionView c) {
    return new Step(c.id(), c.title(), t.get("secretariat.stage", t.get("space.status." + c.status())), c.status(),
        "VOTING".equals(c.status()) ? null : PublicPageModels.result(t, c.result(), c.status(), true),
        t.get("secretariat.publish", c.title()), t.get("secretariat.send", c.title()), "respond-" + c.id(),
        lines(c.response()), PublicPageModels.blankToNull(c.responseChanges()));
  }

  private Texts texts() {
    return Texts.of("messages.council", views.locale());
  }
}
