package org.parvis.modules.votations.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.parvis.modules.votations.VotationsModule;
import org.parvis.modules.votations.application.BallotChoice;
import org.parvis.modules.votations.application.VotationOrganizing;
import org.parvis.modules.votations.application.VotationReading;
import org.parvis.modules.votations.application.VotationResults;
import org.parvis.modules.votations.application.Voting;
import org.parvis.modules.votations.domain.CountingMethod;
import org.parvis.modules.votations.domain.Votation;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.RequiresVerifiedResidency;
import org.parvis.spi.security.TenantRole;

/**
 * Votations: organizers create and close them; verified residents vote once; anyone reads the
 * results once closed. No endpoint lists voters or links a ballot to anybody: a voter learns only
 * whether they have voted, organizers only how many have.
 */
@Path("/api/votations")
@ModuleEndpoint(VotationsModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VotationResource {

  @Inject VotationReading reading;
  @Inject VotationOrganizing organizing;
  @Inject Voting voting;
  @Inject VotationResults results;
  @Inject Caller caller;
  @Inject BodyValidator edge;

  @GET
  public List<VotationView> all() {
    return reading.all(caller.verifiedResidentId()).stream().map(VotationResource::view).toList();
  }

  @GET
  @Path("{id}")
  public VotationView votation(@PathParam("id") UUID id) {
    return view(reading.one(id, caller.verifiedResidentId()));
  }

  @POST
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public Response create(VotationBody body) {
    body = edge.check(body);
    Votation votation = organizing.create(body.question(), body.description() == null ? "" : body.description(),
        body.method(), body.options(), body.grades(), body.opensAt(), body.closesAt());
    return Response.status(Response.Status.CREATED)
        .entity(view(reading.summary(votation, caller.verifiedResidentId()))).build();
  }

  @POST
  @Path("{id}/closing")
  @RequiresTenantRole({TenantRole.ADMIN, TenantRole.STAFF})
  public VotationView close(@PathParam("id") UUID id) {
    return view(reading.summary(organizing.close(id), caller.verifiedResidentId()));
  }

  /** 201 once; 409 {@code already-voted} for any further ballot of the same person. */
  @POST
  @Path("{id}/ballots")
  @RequiresVerifiedResidency
  public Response vote(@PathParam("id") UUID id, BallotBody body) {
    if (body == null) {
      throw ProblemException.invalidField("urn:parvis:problem:invalid-ballot", "ballot", "is required");
    }
    voting.vote(id, caller.verifiedResidentId().orElseThrow(),
        new BallotChoice(body.grades(), body.approved(), body.choice()));
    return Response.status(Response.Status.CREATED).entity(Map.of("hasVoted", true)).build();
  }

  @GET
  @Path("{id}/results")
  public VotationResults.Results results(@PathParam("id") UUID id) {
    return results.of(id);
  }

  private static VotationView view(VotationReading.Summary summary) {
    Votation v = summary.votation();
    return new VotationView(v.id(), v.question(), v.description(), v.method(),
        v.options().stream().map(o -> new OptionView(o.id(), o.label())).toList(),
        v.gradeScale().map(s -> s.labelsBestFirst()).orElse(List.of()),
        v.opensAt().toString(), v.closesAt().toString(), summary.status(),
        summary.participants(), summary.hasVoted());
  }

  public record VotationBody(
      @NotBlank @Size(max = 300) String question,
      @Size(max = 20_000) String description,
      @NotNull CountingMethod method,
      @NotNull @Size(min = 2, max = 50) List<@NotBlank @Size(max = 300) String> options,
      @Size(min = 2, max = 10) List<@NotBlank @Size(max = 50) String> grades,
      Instant opensAt,
      @NotNull Instant closesAt) {}

  public record BallotBody(Map<UUID, String> grades, Set<UUID> approved, UUID choice) {}

  public record OptionView(UUID id, String label) {}

  /** {@code hasVoted}: whether the calling verified resident voted (absent for others). */
  public record VotationView(UUID id, String question, String description, CountingMethod method,
      List<OptionView> options, List<String> grades, String opensAt, String closesAt,
      String status, long participants, Boolean hasVoted) {}
}
