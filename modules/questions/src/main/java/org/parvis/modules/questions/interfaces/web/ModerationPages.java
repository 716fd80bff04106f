package org.parvis.modules.questions.interfaces.web;

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
import java.util.UUID;
import org.parvis.modules.questions.QuestionsModule;
import org.parvis.modules.questions.application.QuestionModeration;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/** The moderation queue: publish a submitted question, reject it with a public reason, or merge a duplicate. */
@Path("/questions/moderation")
@ModuleEndpoint(QuestionsModule.ID)
@RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR})
@Produces(MediaType.TEXT_HTML)
public class ModerationPages {

  static final int MAX_REASON = 2_000;

  @Inject QuestionModeration moderation;
  @Inject AdministrationPageModels models;
  @Inject PortalViews views;

  @GET
  public Response queue(@QueryParam("done") String done) {
    return page(Form.empty(), done != null).response();
  }

  @POST
  @Path("{id}/publication")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response publish(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      moderation.publish(id);
      return "/questions/moderation?done";
    }, form -> page(form, false));
  }

  @POST
  @Path("{id}/rejection")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reject(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      String reason = form.paragraphs("reason-" + id, MAX_REASON);
      form.requireValid();
      moderation.reject(id, reason);
      return "/questions/moderation?done";
    }, form -> page(form, false));
  }

  @POST
  @Path("{id}/merge")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response merge(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      UUID into = form.id("into-" + id);
      form.requireValid();
      moderation.merge(id, into);
      return "/questions/moderation?done";
    }, form -> page(form, false));
  }

  private View page(Form form, boolean done) {
    Texts t = Texts.of("messages.questions", views.locale());
    return views.page("questions/moderation", t.get("moderation.title"))
        .with("pending", models.pending(t, form))
        .with("done", done)
        .form(form);
  }
}
