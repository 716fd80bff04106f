package org.parvis.modules.questions.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.questions.QuestionsModule;
import org.parvis.modules.questions.application.CouncilOffice;
import org.parvis.modules.questions.application.QuestionAsking;
import org.parvis.modules.questions.application.QuestionModeration;
import org.parvis.modules.questions.application.QuestionProblems;
import org.parvis.modules.questions.application.QuestionReading;
import org.parvis.modules.questions.application.QuestionSupporting;
import org.parvis.modules.questions.domain.Question;
import org.parvis.modules.questions.domain.QuestionStatus;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.RequiresVerifiedResidency;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.text.SingleLine;

/**
 * Questions to elected officials: asking and supporting (verified residents), moderation (moderators), selection,
 * agenda and answer (staff). Refusals are problem+json; everything is the current tenant's.
 */
@Path("/api/questions")
@ModuleEndpoint(QuestionsModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionResource {

  @Inject QuestionReading reading;
  @Inject QuestionAsking asking;
  @Inject QuestionModeration moderation;
  @Inject QuestionSupporting supporting;
  @Inject CouncilOffice office;
  @Inject Caller caller;
  @Inject BodyValidator edge;

  /** Public questions, optionally of one status ({@code EXPIRED} included) and addressed to one official. */
  @GET
  public List<QuestionView> publicQuestions(@QueryParam("status") String status,
      @QueryParam("official") UUID official) {
    Optional<QuestionStatus> chosen = Optional.ofNullable(status).map(s -> Arrays.stream(QuestionStatus.values())
        .filter(v -> v.isPublic() && v.name().equals(s)).findFirst()
        .orElseThrow(() -> ProblemException.invalidField("urn:parvis:problem:invalid-request", "status",
            "Not a public status: " + s)));
    return views(reading.publicQuestions(chosen, Optional.ofNullable(official)));
  }

  @GET
  @Path("moderation")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR})
  public List<QuestionView> awaitingModeration() {
    return views(reading.awaitingModeration());
  }

  @GET
  @Path("{id}")
  public QuestionView question(@PathParam("id") UUID id) {
    return view(reading.visible(id));
  }

  /** Asks a question (to moderation); with {@code keepInformed} the asker is told the answer by e-mail. */
  @POST
  @RequiresVerifiedResidency
  public Response ask(AskBody body) {
    body = edge.check(body);
    Question question = asking.ask(resident(), Optional.ofNullable(body.officialId()), body.title(), body.text(),
        Boolean.TRUE.equals(body.keepInformed()) ? caller.email() : Optional.empty());
    return Response.status(Response.Status.CREATED).entity(view(question)).build();
  }

  @POST
  @Path("{id}/publication")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR})
  public QuestionView publish(@PathParam("id") UUID id) {
    return view(moderation.publish(id));
  }

  @POST
  @Path("{id}/rejection")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR})
  public QuestionView reject(@PathParam("id") UUID id, RejectionBody body) {
    return view(moderation.reject(id, edge.check(body).reason()));
  }

  @POST
  @Path("{id}/merge")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR})
  public QuestionView merge(@PathParam("id") UUID id, MergeBody body) {
    return view(moderation.merge(id, edge.check(body).into()));
  }

  /** 201 when the support is new; 200 with the same count when this person already supported the question. */
  @POST
  @Path("{id}/supports")
  @RequiresVerifiedResidency
  public Response support(@PathParam("id") UUID id, @QueryParam("keepInformed") boolean keepInformed) {
    var outcome = supporting.support(id, resident(), keepInformed ? caller.email() : Optional.empty());
    return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(new SupportView(outcome.supports(), outcome.status().name(), true)).build();
  }

  @DELETE
  @Path("{id}/supports/mine")
  @RequiresVerifiedResidency
  public SupportView withdraw(@PathParam("id") UUID id) {
    var outcome = supporting.withdraw(id, resident());
    return new SupportView(outcome.supports(), outcome.status().name(), false);
  }

  @POST
  @Path("{id}/selection")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public QuestionView select(@PathParam("id") UUID id) {
    return view(office.select(id));
  }

  @PUT
  @Path("{id}/agenda")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public QuestionView schedule(@PathParam("id") UUID id, AgendaBody body) {
    return view(office.schedule(id, edge.check(body).sessionId()));
  }

  @PUT
  @Path("{id}/answer")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public QuestionView answer(@PathParam("id") UUID id, AnswerBody body) {
    body = edge.check(body);
    return view(office.answer(id, body.text(), body.answeredOn(), body.videoUrl(), body.videoSeconds()));
  }

  private UUID resident() {
    return caller.verifiedResidentId().orElseThrow(QuestionProblems::verificationRequired);
  }

  private List<QuestionView> views(List<Question> questions) {
    return questions.stream().map(this::view).toList();
  }

  private QuestionView view(Question question) {
    return QuestionView.of(question, reading.supports(question.id()), reading.isOverdue(question), Instant.now());
  }

  public record AskBody(@SingleLine @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 5_000) String text,
      UUID officialId, Boolean keepInformed) {}

  public record RejectionBody(@NotBlank @Size(max = 2_000) String reason) {}

  public record MergeBody(@NotNull UUID into) {}

  public record AgendaBody(@NotNull UUID sessionId) {}

  public record AnswerBody(@NotBlank @Size(max = 20_000) String text, @NotNull LocalDate answeredOn,
      @Size(max = 500) String videoUrl, @Min(0) @Max(86_400) Integer videoSeconds) {}

  public record SupportView(long supports, String status, boolean supportedByMe) {}
}
