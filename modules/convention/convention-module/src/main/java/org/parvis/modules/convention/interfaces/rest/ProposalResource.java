package org.parvis.modules.convention.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.convention.ConventionModule;
import org.parvis.modules.convention.application.ConventionProblems;
import org.parvis.modules.convention.application.MembersSpace;
import org.parvis.modules.convention.domain.Grade;
import org.parvis.modules.convention.domain.Proposal;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.RequiresVerifiedResidency;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.text.SingleLine;

/**
 * Proposals of a seated panel: drafted and voted (approval, with a threshold) by its seated
 * members; votes opened and closed, and the commune's response published, by administrators.
 */
@Path("/api/conventions/{id}/proposals")
@ModuleEndpoint(ConventionModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalResource {

  @Inject MembersSpace space;
  @Inject BodyValidator edge;

  @GET
  public List<ProposalView> proposals(@PathParam("id") UUID id) {
    return space.proposals(id).stream().map(ProposalView::of).toList();
  }

  @POST
  @RequiresVerifiedResidency
  public Response draft(@PathParam("id") UUID id, ProposalBody body) {
    body = edge.check(body);
    return Response.status(Response.Status.CREATED)
        .entity(ProposalView.of(space.draft(id, body.title(), body.body()))).build();
  }

  @POST
  @Path("{proposal}/vote-opening")
  @RequiresTenantRole(TenantRole.ADMIN)
  public ProposalView openVote(@PathParam("id") UUID id, @PathParam("proposal") UUID proposal,
      VoteOpeningBody body) {
    body = edge.check(body);
    if ("MAJORITY_JUDGMENT".equals(body.method())) {
      return ProposalView.of(space.openJudgment(id, proposal,
          grade(body.minimumGrade() == null ? "FAIR" : body.minimumGrade(), "minimumGrade")));
    }
    if (body.method() != null && !"APPROVAL".equals(body.method())) {
      throw ProblemException.invalidField(ConventionProblems.INVALID, "method",
          "must be APPROVAL or MAJORITY_JUDGMENT");
    }
    if (body.thresholdPercent() == null) {
      throw ProblemException.invalidField(ConventionProblems.INVALID, "thresholdPercent",
          "is needed for a vote by approval");
    }
    return ProposalView.of(space.openVote(id, proposal, body.thresholdPercent()));
  }

  @PUT
  @Path("{proposal}/votes/mine")
  @RequiresVerifiedResidency
  public Response vote(@PathParam("id") UUID id, @PathParam("proposal") UUID proposal,
      VoteBody body) {
    body = edge.check(body);
    if (body.grade() != null) {
      space.judge(id, proposal, grade(body.grade(), "grade"));
    } else if (body.approve() != null) {
      space.vote(id, proposal, body.approve());
    } else {
      throw ProblemException.invalidField(ConventionProblems.INVALID, "approve",
          "give approve (approval) or grade (majority judgment)");
    }
    return Response.noContent().build();
  }

  private static Grade grade(String name, String field) {
    try {
      return Grade.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(ConventionProblems.INVALID, field,
          "must be one of " + Arrays.toString(Grade.values()));
    }
  }

  @POST
  @Path("{proposal}/vote-closing")
  @RequiresTenantRole(TenantRole.ADMIN)
  public ProposalView closeVote(@PathParam("id") UUID id, @PathParam("proposal") UUID proposal) {
    return ProposalView.of(space.closeVote(id, proposal));
  }

  @PUT
  @Path("{proposal}/response")
  @RequiresTenantRole(TenantRole.ADMIN)
  public ProposalView respond(@PathParam("id") UUID id, @PathParam("proposal") UUID proposal,
      ResponseBody body) {
    body = edge.check(body);
    return ProposalView.of(space.respond(id, proposal, body.response(), body.followUp()));
  }

  public record ProposalBody(@SingleLine @NotBlank @Size(max = 200) String title,
                             @NotBlank @Size(max = 20_000) String body) {}

  /**
   * Opens the vote: by approval ({@code method} APPROVAL or absent) with a {@code thresholdPercent},
   * or by majority judgment with a {@code minimumGrade} (FAIR when absent).
   */
  public record VoteOpeningBody(@Min(1) @Max(100) Integer thresholdPercent,
                                @Size(max = 30) String method,
                                @Size(max = 30) String minimumGrade) {}

  /** Either an approval, or a grade (REJECT … EXCELLENT) for a majority judgment. */
  public record VoteBody(Boolean approve, @Size(max = 30) String grade) {}

  public record ResponseBody(@NotBlank @Size(max = 20_000) String response,
                             @Size(max = 20_000) String followUp) {}

  /** A proposal; who drafted it and who voted what are not published, only the count. */
  public record ProposalView(UUID id, String title, String body, String status,
                             Integer thresholdPercent, Integer seatedAtVote, Long approvals,
                             String response, String followUp, String method,
                             String minimumGrade, String majorityGrade, List<Long> meritProfile) {
    static ProposalView of(Proposal p) {
      return new ProposalView(p.id(), p.title(), p.body(), p.status().name(),
          p.thresholdPercent().orElse(null), p.seatedAtVote().orElse(null),
          p.approvals().orElse(null), p.response().orElse(null), p.followUp().orElse(null),
          p.method().name(), p.minimumGrade().map(Enum::name).orElse(null),
          p.majorityGrade().map(Enum::name).orElse(null), p.meritProfile().orElse(null));
    }
  }
}
