package org.parvis.modules.budget.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.application.BallotBox;
import org.parvis.modules.budget.application.BallotBox.Cast;
import org.parvis.modules.budget.application.BallotBox.Voter;
import org.parvis.modules.budget.application.BudgetProblems;
import org.parvis.modules.budget.application.Voters;
import org.parvis.modules.budget.domain.Ballot;
import org.parvis.modules.budget.domain.RuleViolation;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresVerifiedResidency;

/**
 * Ballots. A verified resident submits (and re-submits, until the vote closes) one ballot per
 * scope — the city-wide envelope, and one district — keyed on the verified person, not the
 * account. Staff enter paper ballots under the voter's civil identity, keyed like the verified
 * person, so that nobody votes both online and on paper. An {@code Idempotency-Key} header makes
 * a replayed request change nothing; the same key with another request is a 422.
 */
@Path("/api/budget/editions/{edition}/ballots")
@ModuleEndpoint(BudgetModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BallotResource {

  @Inject BallotBox box;
  @Inject Voters voters;
  @Inject Caller caller;
  @Inject BodyValidator edge;

  @POST
  @RequiresVerifiedResidency
  public Response submit(@PathParam("edition") UUID edition, BallotBody body,
      @HeaderParam("Idempotency-Key") String idempotencyKey) {
    body = edge.check(body);
    Voter voter = voters.resident(caller.verifiedResidentId().orElseThrow(),
        caller::verifiedResidentDistrict);
    Cast cast = box.submit(edition, body.envelope(), body.choices(), voter, key(idempotencyKey));
    return answer(cast);
  }

  @GET
  @Path("mine")
  @RequiresVerifiedResidency
  public List<CastView> mine(@PathParam("edition") UUID edition) {
    Voter voter = voters.resident(caller.verifiedResidentId().orElseThrow(), Optional::empty);
    return box.ballotsOf(edition, voter).stream().map(CastView::of).toList();
  }

  static Optional<String> key(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    if (header.length() > 100) {
      throw BudgetProblems.invalid("Idempotency-Key", "must be at most 100 characters");
    }
    return Optional.of(header);
  }

  static Response answer(Cast cast) {
    return Response.status(cast.created() ? Response.Status.CREATED : Response.Status.OK)
        .header("Idempotent-Replayed", Boolean.toString(cast.replayed()))
        .entity(new CastView(cast.ballotId(), cast.envelopeId(), cast.points(), cast.totalCost(),
            cast.channel(), cast.replayed(), null))
        .build();
  }

  /**
   * A ballot: {@code projects} (approval, knapsack) or {@code points} by project id (cumulative).
   */
  public record BallotBody(
      @NotNull UUID envelope,
      @Size(max = 1000) List<@NotNull UUID> projects,
      @Size(max = 1000) Map<@NotNull UUID, @NotNull Long> points) {

    Map<UUID, Long> choices() {
      if (projects != null && points != null) {
        throw BudgetProblems.invalid("points", "give either projects or points, not both");
      }
      if (points != null) {
        return new LinkedHashMap<>(points);
      }
      Map<UUID, Long> chosen = new LinkedHashMap<>();
      for (UUID project : projects == null ? List.<UUID>of() : projects) {
        if (chosen.put(project, 1L) != null) {
          throw BudgetProblems.ruleBroken(RuleViolation.of("project-repeated",
              "project " + project + " is chosen more than once"));
        }
      }
      return chosen;
    }
  }

  /**
   * A paper ballot, under the voter's civil identity (the one their residency is verified with);
   * the identity is not stored, only the person's key.
   */
  public record PaperBallotBody(
      @NotBlank @Size(max = 200) String lastName,
      @NotBlank @Size(max = 200) String firstNames,
      @NotNull @Past LocalDate birthDate,
      @NotNull UUID envelope,
      @Size(max = 1000) List<@NotNull UUID> projects,
      @Size(max = 1000) Map<@NotNull UUID, @NotNull Long> points) {}

  /** A stored ballot. */
  public record CastView(UUID id, UUID envelope, Map<UUID, Long> points, long totalCost,
      String channel, boolean replayed, Instant updatedAt) {
    static CastView of(Ballot b) {
      return new CastView(b.id(), b.envelopeId(), b.points(), b.totalCost(), b.channel(), false,
          b.updatedAt());
    }
  }
}
