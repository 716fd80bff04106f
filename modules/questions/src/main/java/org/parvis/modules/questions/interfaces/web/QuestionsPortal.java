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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.questions.QuestionsModule;
import org.parvis.modules.questions.application.QuestionAsking;
import org.parvis.modules.questions.application.QuestionProblems;
import org.parvis.modules.questions.application.QuestionReading;
import org.parvis.modules.questions.application.QuestionSupporting;
import org.parvis.modules.questions.domain.Question;
import org.parvis.modules.questions.domain.QuestionStatus;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresVerifiedResidency;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.PortalViews;
import org.parvis.spi.web.View;

/**
 * The residents' pages: the public questions (filtered by status and official), a question's page where verified
 * residents support it or withdraw their support, and the form to ask one — plain forms, no script.
 */
@Path("/questions")
@ModuleEndpoint(QuestionsModule.ID)
@Produces(MediaType.TEXT_HTML)
public class QuestionsPortal {

  static final int MAX_TITLE = 200;
  static final int MAX_TEXT = 5_000;

  @Inject QuestionReading reading;
  @Inject QuestionSupporting supporting;
  @Inject QuestionAsking asking;
  @Inject QuestionPageModels models;
  @Inject PortalViews views;
  @Inject Caller caller;

  @GET
  public Response index(@QueryParam("status") String status, @QueryParam("official") String official) {
    Texts t = texts();
    Optional<QuestionStatus> chosenStatus = Arrays.stream(QuestionStatus.values())
        .filter(s -> s.isPublic() && s.name().equals(status)).findFirst();
    Optional<UUID> chosenOfficial = reading.officials().stream().map(o -> o.id())
        .filter(id -> id.toString().equals(official)).findFirst();
    return views.page("questions/index", t.get("title"))
        .with("questions", models.cards(reading.publicQuestions(chosenStatus, chosenOfficial), t))
        .with("statuses", models.statusOptions(chosenStatus, t))
        .with("officials", models.addresseeOptions(chosenOfficial.map(UUID::toString).orElse(""), false,
            t.get("filter.anyOfficial"), t))
        .with("filtered", chosenStatus.isPresent() || chosenOfficial.isPresent())
        .response();
  }

  @GET
  @Path("{id}")
  public Response question(@PathParam("id") UUID id) {
    return page(reading.visible(id), Form.empty()).response();
  }

  /** Supports the question or withdraws the support, from the page's forms. */
  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response act(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    Question question = reading.visible(id);
    return views.submit(Form.of(posted), form -> {
      String action = form.choice("action", List.of("support", "withdraw"));
      form.requireValid();
      UUID resident = caller.verifiedResidentId().orElseThrow(QuestionProblems::verificationRequired);
      if ("withdraw".equals(action)) {
        supporting.withdraw(id, resident);
      } else {
        supporting.support(id, resident, form.checked("keepInformed") ? caller.email() : Optional.empty());
      }
      return "/questions/" + id;
    }, form -> page(question, form));
  }

  @GET
  @Path("ask")
  public Response askForm() {
    return askPage(Form.empty()).response();
  }

  @POST
  @Path("ask")
  @RequiresVerifiedResidency
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response ask(MultivaluedMap<String, String> posted) {
    return views.submit(Form.of(posted), form -> {
      Optional<UUID> official = form.typed("official").isBlank() ? Optional.empty() : Optional.of(form.id("official"));
      String title = form.text("title", MAX_TITLE);
      String text = form.paragraphs("text", MAX_TEXT);
      form.requireValid();
      UUID resident = caller.verifiedResidentId().orElseThrow(QuestionProblems::verificationRequired);
      Question question = asking.ask(resident, official, title, text,
          form.checked("keepInformed") ? caller.email() : Optional.empty());
      return "/questions/" + question.id();
    }, this::askPage);
  }

  private View askPage(Form form) {
    Texts t = texts();
    return views.page("questions/ask", t.get("ask.title"))
        .with("addressees", models.addresseeOptions(form.typed("official"), true, t.get("council"), t))
        .with("canAsk", caller.isVerifiedResident())
        .form(form);
  }

  private View page(Question question, Form form) {
    Texts t = texts();
    return views.page("questions/question", question.title())
        .with("question", models.page(question, t))
        .with("supporting", models.supporting(question))
        .with("asker", reading.askedByCaller(question))
        .form(form);
  }

  private Texts texts() {
    return Texts.of("messages.questions", views.locale());
  }
}
