package org.parvis.modules.consultations.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.parvis.majorityjudgment.RankedOption;
import org.parvis.modules.consultations.ConsultationsModule;
import org.parvis.modules.consultations.application.Answering;
import org.parvis.modules.consultations.application.ConsultationReading;
import org.parvis.modules.consultations.application.ConsultationResults;
import org.parvis.modules.consultations.application.Organizing;
import org.parvis.modules.consultations.domain.Answer;
import org.parvis.modules.consultations.domain.AnswersExport;
import org.parvis.modules.consultations.domain.Audience;
import org.parvis.modules.consultations.domain.Consultation;
import org.parvis.modules.consultations.domain.ConsultationException;
import org.parvis.modules.consultations.domain.ConsultationJson;
import org.parvis.modules.consultations.domain.Questionnaire;
import org.parvis.modules.consultations.domain.Tally;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;

/**
 * Consultations as JSON (problem+json on refusals): the list and one consultation for anyone; answering for whom
 * the audience admits; results once visible; creating, changing, closing, moderating, concluding and the anonymised
 * exports for administrators. Questionnaires and answers have the shape {@link ConsultationJson} stores.
 */
@Path("/api/consultations")
@ModuleEndpoint(ConsultationsModule.ID)
@Produces(MediaType.APPLICATION_JSON)
public class ConsultationsResource {

  private static final String INVALID = "urn:parvis:problem:invalid-request";

  @Inject ConsultationReading reading;
  @Inject ConsultationResults results;
  @Inject Organizing organizing;
  @Inject Answering answering;

  @GET
  public String all() {
    JsonArrayBuilder list = jakarta.json.Json.createArrayBuilder();
    reading.all().forEach(c -> list.add(view(c)));
    return list.build().toString();
  }

  @GET
  @Path("{id}")
  public String consultation(@PathParam("id") UUID id) {
    return view(reading.byId(id)).toString();
  }

  /**
   * Creates a consultation: {@code title}, {@code presentation}, {@code opensAt}, {@code closesAt} (ISO instants),
   * {@code audience}, {@code districts}, {@code anonymous}, {@code resultsWhileOpen}, {@code questionnaire}.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresTenantRole(TenantRole.ADMIN)
  public Response create(String body) {
    JsonObject json = parse(body);
    Consultation consultation = organizing.create(terms(json), questionnaire(json.get("questionnaire")));
    return Response.status(Response.Status.CREATED).entity(view(consultation).toString()).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresTenantRole(TenantRole.ADMIN)
  public String change(@PathParam("id") UUID id, String body) {
    JsonObject json = parse(body);
    organizing.changeTerms(id, terms(json));
    return view(organizing.changeQuestionnaire(id, questionnaire(json.get("questionnaire")))).toString();
  }

  @POST
  @Path("{id}/closing")
  @RequiresTenantRole(TenantRole.ADMIN)
  public String close(@PathParam("id") UUID id) {
    return view(organizing.close(id)).toString();
  }

  /** The caller's answers: {@code {"answers": {...}, "submit": true}}; a draft with {@code submit} false. */
  @PUT
  @Path("{id}/answers/mine")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response answer(@PathParam("id") UUID id, String body) {
    JsonObject json = parse(body);
    Consultation consultation = reading.byId(id);
    Map<String, Answer> answers;
    try {
      answers = ConsultationJson.readAnswers(json.getJsonObject("answers").toString(), consultation.questionnaire());
    } catch (RuntimeException e) {
      throw ProblemException.invalidField(INVALID, "answers", "answers do not have the questionnaire's shape");
    }
    answering.answer(id, answers, json.getBoolean("submit", true), Optional.empty());
    return Response.ok("{\"saved\": true}").build();
  }

  @GET
  @Path("{id}/answers/mine")
  public String mine(@PathParam("id") UUID id) {
    Consultation consultation = reading.byId(id);
    return answering.mine(consultation)
        .map(p -> jakarta.json.Json.createObjectBuilder().add("submitted", p.submitted())
            .add("answers", ConsultationJson.answers(p.answers(consultation.questionnaire()))).build().toString())
        .orElseThrow(() -> ProblemException.notFound("No participation of yours"));
  }

  /** Counts per question, majority grades for grids, published texts; 409 until results are visible. */
  @GET
  @Path("{id}/results")
  public String results(@PathParam("id") UUID id) {
    Consultation consultation = reading.byId(id);
    if (!consultation.resultsVisible(Clock.systemUTC().instant())) {
      throw ProblemException.conflict("urn:parvis:problem:consultation-results-not-visible",
          "The results are published at the close");
    }
    ConsultationResults.Results r = results.of(consultation);
    JsonArrayBuilder questions = jakarta.json.Json.createArrayBuilder();
    for (ConsultationResults.QuestionResult q : r.questions()) {
      Tally tally = q.tally();
      JsonObjectBuilder question = jakarta.json.Json.createObjectBuilder().add("id", q.question().id())
          .add("type", q.question().type().name()).add("respondents", tally.respondents());
      JsonObjectBuilder counts = jakarta.json.Json.createObjectBuilder();
      tally.counts().forEach(counts::add);
      question.add("counts", counts);
      if (!tally.rankPoints().isEmpty()) {
        JsonObjectBuilder points = jakarta.json.Json.createObjectBuilder();
        tally.rankPoints().forEach(points::add);
        question.add("rankPoints", points);
      }
      if (tally.grid() != null) {
        JsonArrayBuilder ranking = jakarta.json.Json.createArrayBuilder();
        for (RankedOption option : tally.grid().ranking()) {
          JsonObjectBuilder o = jakarta.json.Json.createObjectBuilder().add("option", option.option())
              .add("rank", option.rank());
          option.majorityGrade().ifPresent(g -> o.add("majorityGrade",
              q.question().grades().get(q.question().grades().size() - 1 - g)));
          ranking.add(o);
        }
        question.add("grid", ranking);
      }
      if (!tally.points().isEmpty()) {
        JsonArrayBuilder points = jakarta.json.Json.createArrayBuilder();
        tally.points().forEach(p -> points.add(jakarta.json.Json.createObjectBuilder().add("lat", p.latitude())
            .add("lon", p.longitude())));
        question.add("points", points);
      }
      JsonArrayBuilder texts = jakarta.json.Json.createArrayBuilder();
      q.publishedTexts().forEach(texts::add);
      question.add("publishedTexts", texts);
      questions.add(question);
    }
    return jakarta.json.Json.createObjectBuilder().add("participations", r.participations())
        .add("questions", questions).build().toString();
  }

  /** The free texts with their moderation (null: not yet decided), for moderators. */
  @GET
  @Path("{id}/texts")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR})
  public String texts(@PathParam("id") UUID id) {
    JsonArrayBuilder list = jakarta.json.Json.createArrayBuilder();
    for (ConsultationResults.ReviewedText text : results.texts(reading.byId(id))) {
      JsonObjectBuilder t = jakarta.json.Json.createObjectBuilder().add("participation", text.participationId()
          .toString()).add("question", text.questionId()).add("text", text.text());
      if (text.published() == null) {
        t.addNull("published");
      } else {
        t.add("published", text.published());
      }
      list.add(t);
    }
    return list.build().toString();
  }

  @PUT
  @Path("{id}/texts/{participation}/{question}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR})
  public Response review(@PathParam("id") UUID id, @PathParam("participation") UUID participation,
      @PathParam("question") String question, String body) {
    organizing.review(id, participation, question, parse(body).getBoolean("published", false));
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/conclusions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresTenantRole(TenantRole.ADMIN)
  public String conclude(@PathParam("id") UUID id, String body) {
    String text = parse(body).getString("text", "");
    return view(organizing.publishConclusions(id, text)).toString();
  }

  @GET
  @Path("{id}/export.csv")
  @Produces("text/csv; charset=UTF-8")
  @RequiresTenantRole(TenantRole.ADMIN)
  public Response csv(@PathParam("id") UUID id) {
    Consultation consultation = reading.byId(id);
    return Response.ok(AnswersExport.csv(consultation.questionnaire(), reading.submittedAnswers(consultation)))
        .header("Content-Disposition", "attachment; filename=\"consultation-" + id + ".csv\"").build();
  }

  @GET
  @Path("{id}/export.json")
  @RequiresTenantRole(TenantRole.ADMIN)
  public String json(@PathParam("id") UUID id) {
    Consultation consultation = reading.byId(id);
    return AnswersExport.json(consultation.title(), consultation.questionnaire(),
        reading.submittedAnswers(consultation)).toString();
  }

  private static JsonObject view(Consultation c) {
    JsonArrayBuilder districts = jakarta.json.Json.createArrayBuilder();
    c.districts().forEach(districts::add);
    Instant now = Clock.systemUTC().instant();
    JsonObjectBuilder view = jakarta.json.Json.createObjectBuilder().add("id", c.id().toString())
        .add("title", c.title()).add("presentation", c.presentation()).add("opensAt", c.opensAt().toString())
        .add("closesAt", c.closesAt().toString()).add("audience", c.audience().name()).add("districts", districts)
        .add("anonymous", c.anonymous()).add("resultsWhileOpen", c.resultsWhileOpen())
        .add("open", c.isOpen(now)).add("questionnaire", parse(ConsultationJson.write(c.questionnaire())));
    c.conclusions().ifPresent(text -> view.add("conclusions", text));
    return view.build();
  }

  private static Consultation.Terms terms(JsonObject json) {
    try {
      List<String> districts = json.containsKey("districts")
          ? json.getJsonArray("districts").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
          : List.of();
      return new Consultation.Terms(json.getString("title"), json.getString("presentation", ""),
          Instant.parse(json.getString("opensAt")), Instant.parse(json.getString("closesAt")),
          Audience.valueOf(json.getString("audience")), districts, json.getBoolean("anonymous", false),
          json.getBoolean("resultsWhileOpen", false));
    } catch (ConsultationException e) {
      throw ProblemException.invalidField(INVALID, e.field(), e.getMessage());
    } catch (RuntimeException e) {
      throw ProblemException.invalidField(INVALID, "consultation", "title, opensAt, closesAt and audience are"
          + " required: " + e.getMessage());
    }
  }

  private static Questionnaire questionnaire(JsonValue json) {
    if (json == null || json.getValueType() != JsonValue.ValueType.OBJECT) {
      return Questionnaire.empty();
    }
    try {
      return ConsultationJson.readQuestionnaire(json.toString());
    } catch (ConsultationException e) {
      throw ProblemException.invalidField(INVALID, "questionnaire", e.field() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      throw ProblemException.invalidField(INVALID, "questionnaire", "not a questionnaire: " + e.getMessage());
    }
  }

  private static JsonObject parse(String body) {
    try (var reader = jakarta.json.Json.createReader(new StringReader(body == null ? "" : body))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw ProblemException.badRequest(INVALID, "The body is not a JSON object", Map.of());
    }
  }
}
