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
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.consultations.ConsultationsModule;
import org.parvis.modules.consultations.application.ConsultationProblems;
import org.parvis.modules.consultations.application.ConsultationReading;
import org.parvis.modules.consultations.application.Organizing;
import org.parvis.modules.consultations.domain.Consultation;
import org.parvis.modules.consultations.domain.ConsultationException;
import org.parvis.modules.consultations.domain.Question;
import org.parvis.modules.consultations.domain.Questionnaire;
import org.parvis.modules.consultations.domain.Section;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.tenant.CurrentTenant;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The consultations' administration, for administrators: the list; creating a consultation and changing its terms
 * and questionnaire until it opens (add, change, move, remove questions); closing it early; moderating free texts;
 * publishing the conclusions. The rules are {@link Organizing}'s and the domain's.
 */
@Path("/consultations/administration")
@ModuleEndpoint(ConsultationsModule.ID)
@RequiresTenantRole(TenantRole.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class ConsultationAdministrationPages {

  private static final String BASE = "/consultations/administration/";

  @Inject ConsultationReading reading;
  @Inject Organizing organizing;
  @Inject AdminPageModels models;
  @Inject CurrentTenant tenant;
  @Inject PortalViews views;

  @GET
  public Response list() {
    Texts t = texts();
    return views.page("consultations/admin-list", t.get("admin.title")).with("rows", models.rows(t)).response();
  }

  @GET
  @Path("new")
  public Response blank() {
    return editor(null, Form.prefilled(java.util.Map.of("audience", "VERIFIED_RESIDENTS"))).response();
  }

  @POST
  @Path("new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create(MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      Consultation.Terms terms = ConsultationForm.read(form, zone());
      form.requireValid();
      return BASE + organizing.create(terms, Questionnaire.empty()).id();
    }, form -> editor(null, form));
  }

  @GET
  @Path("{id}")
  public Response detail(@PathParam("id") UUID id) {
    Consultation c = reading.byId(id);
    String section = c.questionnaire().sections().isEmpty() ? texts().get("admin.firstSection")
        : c.questionnaire().sections().get(c.questionnaire().sections().size() - 1).title();
    return detail(c, QuestionForm.blank(section)).response();
  }

  @GET
  @Path("{id}/edit")
  public Response edit(@PathParam("id") UUID id) {
    Consultation c = reading.byId(id);
    return editor(c, ConsultationForm.prefilled(c, zone())).response();
  }

  @POST
  @Path("{id}/edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    Consultation c = reading.byId(id);
    return views.submit(Form.of(posted), form -> {
      Consultation.Terms terms = ConsultationForm.read(form, zone());
      form.requireValid();
      organizing.changeTerms(id, terms);
      return BASE + id;
    }, form -> editor(c, form));
  }

  /** Adds a question at the end of the section named in the form. */
  @POST
  @Path("{id}/questions")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response add(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    Consultation c = reading.byId(id);
    return views.submit(Form.of(posted), form -> {
      String section = form.text("section", 200);
      Question question = QuestionForm.read(form, c.questionnaire().nextQuestionId());
      form.requireValid();
      organizing.changeQuestionnaire(id, edit(() -> c.questionnaire().withQuestion(section, question)));
      return BASE + id + "#questionnaire";
    }, form -> detail(c, form));
  }

  @GET
  @Path("{id}/questions/{question}")
  public Response question(@PathParam("id") UUID id, @PathParam("question") String questionId) {
    Consultation c = reading.byId(id);
    Question q = c.questionnaire().question(questionId).orElseThrow(() -> new jakarta.ws.rs.NotFoundException());
    return questionEditor(c, q, QuestionForm.prefilled(q, sectionOf(c, questionId))).response();
  }

  @POST
  @Path("{id}/questions/{question}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response changeQuestion(@PathParam("id") UUID id, @PathParam("question") String questionId,
      MultivaluedMap<String, String> posted) {
    Consultation c = reading.byId(id);
    Question existing = c.questionnaire().question(questionId)
        .orElseThrow(() -> new jakarta.ws.rs.NotFoundException());
    return views.submit(Form.of(posted), form -> {
      Question question = QuestionForm.read(form, questionId);
      form.requireValid();
      organizing.changeQuestionnaire(id, edit(() -> c.questionnaire().withReplaced(question)));
      return BASE + id + "#questionnaire";
    }, form -> questionEditor(c, existing, form));
  }

  /** Moves a question up or down, or removes it: {@code action} is {@code up}, {@code down} or {@code remove}. */
  @POST
  @Path("{id}/questions/{question}/order")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reorder(@PathParam("id") UUID id, @PathParam("question") String questionId,
      MultivaluedMap<String, String> posted) {
    Consultation c = reading.byId(id);
    return views.submit(Form.of(posted), form -> {
      String action = form.choice("action", List.of("up", "down", "remove"));
      form.requireValid();
      Questionnaire q = c.questionnaire();
      organizing.changeQuestionnaire(id, edit(() -> "remove".equals(action) ? q.without(questionId)
          : q.moved(questionId, "up".equals(action))));
      return BASE + id + "#questionnaire";
    }, form -> detail(c, form));
  }

  @POST
  @Path("{id}/closing")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response close(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    Consultation c = reading.byId(id);
    return views.submit(Form.of(posted), form -> {
      if (!form.checked("confirm")) {
        form.refuse("confirm", "admin.confirmRequired");
      }
      form.requireValid();
      organizing.close(id);
      return BASE + id;
    }, form -> detail(c, form));
  }

  @POST
  @Path("{id}/conclusions")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response conclude(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    Consultation c = reading.byId(id);
    return views.submit(Form.of(posted), form -> {
      String text = form.paragraphs("conclusions", 20000);
      form.requireValid();
      organizing.publishConclusions(id, text);
      return "/consultations/" + id;
    }, form -> detail(c, form));
  }

  @GET
  @Path("{id}/texts")
  public Response texts(@PathParam("id") UUID id) {
    return textsPage(reading.byId(id), Form.empty()).response();
  }

  @POST
  @Path("{id}/texts")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response review(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    Consultation c = reading.byId(id);
    return views.submit(Form.of(posted), form -> {
      UUID participation = form.id("participation");
      String question = form.text("question", 12);
      String decision = form.choice("decision", List.of("publish", "setAside"));
      form.requireValid();
      organizing.review(id, participation, question, "publish".equals(decision));
      return BASE + id + "/texts";
    }, form -> textsPage(c, form));
  }

  private View textsPage(Consultation c, Form form) {
    Texts t = texts();
    return views.page("consultations/admin-texts", t.get("admin.texts.title", c.title()))
        .with("consultation", c.id()).with("texts", models.texts(c, t)).form(form);
  }

  private View detail(Consultation c, Form form) {
    Texts t = texts();
    return views.page("consultations/admin-consultation", c.title()).with("detail", models.detail(c, t))
        .form(form);
  }

  private View editor(Consultation c, Form form) {
    Texts t = texts();
    return views.page("consultations/admin-form", c == null ? t.get("admin.new") : t.get("admin.edit", c.title()))
        .with("editor", models.editor(c, t)).form(form);
  }

  private View questionEditor(Consultation c, Question q, Form form) {
    Texts t = texts();
    return views.page("consultations/admin-question", t.get("admin.question.edit", q.label()))
        .with("detail", models.detail(c, t)).with("question", q.id()).form(form);
  }

  private static String sectionOf(Consultation c, String questionId) {
    for (Section section : c.questionnaire().sections()) {
      if (section.questions().stream().anyMatch(q -> q.id().equals(questionId))) {
        return section.title();
      }
    }
    return "";
  }

  private static Questionnaire edit(java.util.function.Supplier<Questionnaire> change) {
    try {
      return change.get();
    } catch (ConsultationException e) {
      throw ConsultationProblems.of(e);
    }
  }

  private ZoneId zone() {
    return tenant.require().zone();
  }

  private Texts texts() {
    return Texts.of("messages.consultations", views.locale());
  }
}
