package org.parvis.modules.consultations.interfaces.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.consultations.ConsultationsModule;
import org.parvis.modules.consultations.application.Answering;
import org.parvis.modules.consultations.application.Answering.Standing;
import org.parvis.modules.consultations.application.ConsultationReading;
import org.parvis.modules.consultations.domain.Answer;
import org.parvis.modules.consultations.domain.Consultation;
import org.parvis.modules.consultations.domain.Participation;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.security.Caller;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The residents' consultation pages: the list, a consultation's page, its questionnaire (one page, sections as
 * headings; "Continue" saves a draft and shows the questions that depend on the answers, no script needed) and the
 * confirmation once the answers are sent.
 */
@Path("/consultations")
@ModuleEndpoint(ConsultationsModule.ID)
@Produces(MediaType.TEXT_HTML)
public class ConsultationsPortal {

  @Inject ConsultationReading reading;
  @Inject Answering answering;
  @Inject ConsultationPageModels models;
  @Inject ResultsPageModels results;
  @Inject PortalViews views;
  @Inject Caller caller;

  @GET
  public Response index() {
    Texts t = texts();
    return views.page("consultations/index", t.get("title")).with("index", models.index(t)).response();
  }

  @GET
  @Path("{id}")
  public Response consultation(@PathParam("id") UUID id) {
    Consultation consultation = reading.byId(id);
    return views.page("consultations/consultation", consultation.title())
        .with("consultation", models.page(consultation, texts())).response();
  }

  @GET
  @Path("{id}/answer")
  public Response answerForm(@PathParam("id") UUID id) {
    Consultation consultation = reading.byId(id);
    if (answering.standing(consultation) != Standing.MAY_ANSWER) {
      return views.seeOther("/consultations/" + id);
    }
    Map<String, Answer> saved = answering.mine(consultation)
        .map(p -> p.answers(consultation.questionnaire())).orElse(Map.of());
    Map<String, List<String>> fields = AnswersBinder.fields(consultation.questionnaire(), saved);
    return answerPage(consultation, Form.prefilled(AnswersBinder.firstValues(fields)), fields, saved).response();
  }

  /** "Continue" saves a draft (shown again with the questions it reveals); "Send" submits. */
  @POST
  @Path("{id}/answer")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response answer(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    Consultation consultation = reading.byId(id);
    Form form = Form.of(posted);
    Map<String, List<String>> typed = new LinkedHashMap<>(posted);
    typed.remove(Form.TOKEN_FIELD);
    Map<String, Answer> answers = AnswersBinder.read(consultation.questionnaire(), form, typed);
    boolean submit = "submit".equals(form.typed("action"));
    if (!submit && consultation.anonymous()) {
      // nothing is kept of an anonymous participation before it is sent: the page is shown again
      AnswersBinder.check(consultation.questionnaire(), answers, false, form);
      return answerPage(consultation, form, typed, answers).status(form.isValid() ? 200 : 422).response();
    }
    return views.submit(form, f -> {
      AnswersBinder.check(consultation.questionnaire(), answers, submit, f);
      f.requireValid();
      Optional<String> email = f.checked("keepInformed") ? caller.email() : Optional.empty();
      answering.answer(id, answers, submit, email);
      return submit ? "/consultations/" + id + "/saved" : "/consultations/" + id + "/answer";
    }, f -> answerPage(consultation, f, typed, answers));
  }

  @GET
  @Path("{id}/saved")
  public Response saved(@PathParam("id") UUID id) {
    Consultation consultation = reading.byId(id);
    Texts t = texts();
    return views.page("consultations/saved", t.get("saved.title"))
        .with("consultation", models.page(consultation, t))
        .with("changeable", answering.mine(consultation).map(Participation::submitted).orElse(false))
        .response();
  }

  /** Counts and charts per question, once the results are visible (at the close, or while open if allowed). */
  @GET
  @Path("{id}/results")
  public Response results(@PathParam("id") UUID id) {
    Consultation consultation = reading.byId(id);
    if (!consultation.resultsVisible(java.time.Instant.now())) {
      return views.seeOther("/consultations/" + id);
    }
    Texts t = texts();
    return views.page("consultations/results", t.get("results.title", consultation.title()))
        .with("results", results.page(consultation, t)).response();
  }

  private View answerPage(Consultation consultation, Form form, Map<String, List<String>> typed,
      Map<String, Answer> answers) {
    Texts t = texts();
    return views.page("consultations/answer", t.get("answer.title", consultation.title()))
        .with("answering", models.answerPage(consultation, typed, answers, t))
        .with("email", caller.email().isPresent())
        .form(form);
  }

  private Texts texts() {
    return Texts.of("messages.consultations", views.locale());
  }
}
