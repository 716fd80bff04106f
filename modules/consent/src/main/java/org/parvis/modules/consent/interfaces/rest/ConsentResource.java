package org.parvis.modules.consent.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.consent.ConsentModule;
import org.parvis.modules.consent.application.ConsentProcess;
import org.parvis.modules.consent.domain.AnswerKind;
import org.parvis.modules.consent.domain.ConsentProposal;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.text.SingleLine;

/** Consent decisions of the tenant's circles; the members of each circle take part. */
@Path("/api/consent/proposals")
@ModuleEndpoint(ConsentModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresTenantRole({TenantRole.ADMIN, TenantRole.MODERATOR, TenantRole.STAFF, TenantRole.CITIZEN})
public class ConsentResource {

  @Inject ConsentProcess process;
  @Inject Caller caller;
  @Inject BodyValidator edge;

  @GET
  public List<ProposalView> all() {
    return process.visibleTo(member(), administrator()).stream().map(ProposalView::of).toList();
  }

  @GET
  @Path("{id}")
  public ProposalView proposal(@PathParam("id") UUID id) {
    return ProposalView.of(process.get(id, member(), administrator()));
  }

  @POST
  public Response propose(ProposalBody body) {
    body = edge.check(body);
    var proposal = process.propose(body.circle(), body.title(), body.text(), member(), body.deadline());
    return Response.status(Response.Status.CREATED).entity(ProposalView.of(proposal)).build();
  }

  /** The caller's answer to the current round (answering again replaces it). */
  @PUT
  @Path("{id}/answers/mine")
  public ProposalView answer(@PathParam("id") UUID id, AnswerBody body) {
    body = edge.check(body);
    if (body.kind() == AnswerKind.OBJECTION && (body.reason() == null || body.reason().isBlank())) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-request", "reason",
          "an objection needs its reason");
    }
    return ProposalView.of(process.answer(id, member(), body.kind(), body.reason()));
  }

  @POST
  @Path("{id}/amendments")
  public ProposalView amend(@PathParam("id") UUID id, AmendmentBody body) {
    body = edge.check(body);
    return ProposalView.of(process.amend(id, member(), body.text(), body.addresses(), body.deadline()));
  }

  @POST
  @Path("{id}/adoption")
  public ProposalView adopt(@PathParam("id") UUID id) {
    return ProposalView.of(process.adopt(id, member()));
  }

  private String member() {
    return caller.subject().orElseThrow();
  }

  private boolean administrator() {
    return caller.tenantRoles().contains(TenantRole.ADMIN);
  }

  public record ProposalBody(@NotBlank @Size(max = 100) String circle,
                             @SingleLine @NotBlank @Size(max = 200) String title,
                             @NotBlank @Size(max = 20_000) String text,
                             @NotNull Instant deadline) {}

  public record AnswerBody(@NotNull AnswerKind kind, @Size(max = 5_000) String reason) {}

  public record AmendmentBody(@NotBlank @Size(max = 20_000) String text,
                              @NotBlank @Size(max = 5_000) String addresses,
                              @NotNull Instant deadline) {}

  public record AnswerView(String member, AnswerKind kind, String reason) {}

  public record RoundView(int number, String text, String addresses, List<AnswerView> answers) {}

  /** The proposal with its whole record: every round and every answer. */
  public record ProposalView(UUID id, String circle, String title, String status, String deadline,
                             String decidedAt, List<RoundView> rounds) {
    static ProposalView of(ConsentProposal p) {
      return new ProposalView(p.id(), p.circle(), p.title(), p.status().name(), p.deadline().toString(),
          p.decidedAt() == null ? null : p.decidedAt().toString(),
          p.rounds().stream().map(r -> new RoundView(r.number(), r.text(), r.addresses(),
              r.answers().stream().map(a -> new AnswerView(a.member(), a.kind(), a.reason())).toList()))
              .toList());
    }
  }
}
