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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.OptionalLong;
import java.util.UUID;
import org.parvis.modules.questions.QuestionsModule;
import org.parvis.modules.questions.application.CouncilOffice;
import org.parvis.modules.questions.domain.OfficialFunction;
import org.parvis.modules.questions.domain.Question;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The council office: the officials' directory, the calendar of sessions, and the questions whose answer is due —
 * select one (a citizens' council's choice), put it on a coming session's agenda, publish its answer (the asker and
 * supporters are told by e-mail).
 */
@Path("/questions/council-office")
@ModuleEndpoint(QuestionsModule.ID)
@RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
@Produces(MediaType.TEXT_HTML)
public class CouncilOfficePages {

  @Inject CouncilOffice office;
  @Inject AdministrationPageModels models;
  @Inject PortalViews views;
  @Inject CurrentTenant tenant;

  @GET
  public Response index(@QueryParam("done") String done) {
    return page(Form.empty(), done != null).response();
  }

  @POST
  @Path("officials")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addOfficial(MultivaluedMap<String, String> posted) {
    return step(Form.of(posted), form -> {
      String name = form.text("name", 200);
      OfficialFunction function = form.choice("function", OfficialFunction.class);
      String delegations = form.optionalText("delegations", 2_000).orElse("");
      LocalDate start = form.date("termStart");
      LocalDate end = form.optionalDate("termEnd").orElse(null);
      form.requireValid();
      office.addOfficial(name, function, delegations, start, end);
    });
  }

  @POST
  @Path("sessions")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addSession(MultivaluedMap<String, String> posted) {
    return step(Form.of(posted), form -> {
      LocalDateTime start = form.dateTime("sessionStart");
      String place = form.text("sessionPlace", 300);
      form.requireValid();
      office.addSession(start.atZone(tenant.require().zone()).toInstant(), place);
    });
  }

  @POST
  @Path("questions/{id}/selection")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response select(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step(Form.of(posted), form -> office.select(id));
  }

  @POST
  @Path("questions/{id}/agenda")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response schedule(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step(Form.of(posted), form -> {
      UUID session = form.id("session-" + id);
      form.requireValid();
      office.schedule(id, session);
    });
  }

  @POST
  @Path("questions/{id}/answer")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response answer(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    return step(Form.of(posted), form -> {
      String text = form.paragraphs("answer-" + id, 20_000);
      LocalDate day = form.date("day-" + id);
      String video = form.optionalText("video-" + id, Question.MAX_LINK).orElse(null);
      OptionalLong seconds = form.optionalWholeNumber("seconds-" + id, 0, 86_400);
      form.requireValid();
      office.answer(id, text, day, video, seconds.isPresent() ? (int) seconds.getAsLong() : null);
    });
  }

  private Response step(Form posted, java.util.function.Consumer<Form> action) {
    return views.submit(posted, form -> {
      action.accept(form);
      return "/questions/council-office?done";
    }, form -> page(form, false));
  }

  private View page(Form form, boolean done) {
    Texts t = Texts.of("messages.questions", views.locale());
    return views.page("questions/office", t.get("office.title"))
        .with("followed", models.followed(t, form))
        .with("officials", models.officials(t))
        .with("functions", models.functions(t, form))
        .with("sessions", models.sessions(t))
        .with("done", done)
        .form(form);
  }
}
