package org.parvis.modules.convention.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parvis.modules.convention.ConventionModule;
import org.parvis.modules.convention.application.Ceremony;
import org.parvis.modules.convention.application.ConventionAdministration;
import org.parvis.modules.convention.application.ConventionAdministration.Setup;
import org.parvis.modules.convention.application.ConventionProblems;
import org.parvis.modules.convention.application.ConventionReading;
import org.parvis.modules.convention.domain.Computation;
import org.parvis.modules.convention.application.MembersSpace;
import org.parvis.modules.convention.application.Recruitment;
import org.parvis.modules.convention.domain.Convention;
import org.parvis.modules.convention.domain.QuotaBand;
import org.parvis.modules.convention.domain.QuotaPlan;
import org.parvis.modules.convention.domain.Replacement;
import org.parvis.modules.convention.domain.Volunteer;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.security.Caller;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.RequiresVerifiedResidency;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.text.SingleLine;

/**
 * Conventions: public reading and the public files of the draw; volunteering and withdrawing
 * (anyone, with consent); setting up, recruiting, the draw ceremony and replacements
 * (administrators of the tenant).
 */
@Path("/api/conventions")
@ModuleEndpoint(ConventionModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConventionResource {

  @Inject ConventionReading reading;
  @Inject ConventionAdministration administration;
  @Inject Recruitment recruitment;
  @Inject Ceremony ceremony;
  @Inject MembersSpace members;
  @Inject Caller caller;
  @Inject BodyValidator edge;

  @GET
  public List<ConventionView> conventions() {
    return reading.visible().stream().map(this::view).toList();
  }

  @GET
  @Path("{id}")
  public ConventionView convention(@PathParam("id") UUID id) {
    return view(reading.visible(id));
  }

  @POST
  @RequiresTenantRole(TenantRole.ADMIN)
  public Response create(SetupBody body) {
    Convention c = administration.create(setup(edge.check(body)));
    return Response.status(Response.Status.CREATED).entity(view(c)).build();
  }

  @PUT
  @Path("{id}")
  @RequiresTenantRole(TenantRole.ADMIN)
  public ConventionView update(@PathParam("id") UUID id, SetupBody body) {
    return view(administration.update(id, setup(edge.check(body))));
  }

  @POST
  @Path("{id}/recruitment")
  @RequiresTenantRole(TenantRole.ADMIN)
  public ConventionView openRecruitment(@PathParam("id") UUID id) {
    return view(administration.openRecruitment(id));
  }

  @POST
  @Path("{id}/invitations")
  @RequiresTenantRole(TenantRole.ADMIN)
  public Response invitations(@PathParam("id") UUID id, InvitationsBody body) {
    List<String> codes = administration.invitationCodes(id, edge.check(body).count());
    return Response.status(Response.Status.CREATED).entity(Map.of("codes", codes)).build();
  }

  /** The pool with personal data, for administrators only. */
  @GET
  @Path("{id}/volunteers")
  @RequiresTenantRole(TenantRole.ADMIN)
  public List<VolunteerAdminView> volunteers(@PathParam("id") UUID id) {
    return administration.volunteers(id).stream().map(VolunteerAdminView::of).toList();
  }

  @POST
  @Path("{id}/volunteers")
  public Response volunteer(@PathParam("id") UUID id, VolunteerBody body) {
    body = edge.check(body);
    var joined = recruitment.join(id, new Recruitment.Application(body.lastName(),
        body.firstNames(), body.birthDate(), body.email(), body.answers(),
        Boolean.TRUE.equals(body.consent()), Boolean.TRUE.equals(body.publishName()),
        body.invitationCode(), caller.verifiedResidentId().orElse(null)));
    return Response.status(Response.Status.CREATED)
        .entity(Map.of("number", joined.number(), "withdrawalCode", joined.withdrawalToken()))
        .build();
  }

  /** Whether the caller holds a seat on this convention's panel. */
  @GET
  @Path("{id}/membership")
  @RequiresVerifiedResidency
  public Map<String, Boolean> membership(@PathParam("id") UUID id) {
    return Map.of("member", members.seat(id).isPresent());
  }

  @POST
  @Path("{id}/withdrawals")
  public Response withdraw(@PathParam("id") UUID id, WithdrawalBody body) {
    recruitment.withdraw(id, edge.check(body).withdrawalCode());
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/volunteers/{number}/withdrawal")
  @RequiresTenantRole(TenantRole.ADMIN)
  public VolunteerAdminView recordWithdrawal(@PathParam("id") UUID id,
      @PathParam("number") int number) {
    return VolunteerAdminView.of(ceremony.leave(id, number));
  }

  @POST
  @Path("{id}/freeze")
  @RequiresTenantRole(TenantRole.ADMIN)
  public ConventionView freeze(@PathParam("id") UUID id) {
    return view(ceremony.freeze(id));
  }

  @GET
  @Path("{id}/computation")
  @RequiresTenantRole(TenantRole.ADMIN)
  public ComputationView computation(@PathParam("id") UUID id) {
    return ComputationView.of(ceremony.computation(id));
  }

  @POST
  @Path("{id}/computation")
  @RequiresTenantRole(TenantRole.ADMIN)
  public ConventionView recompute(@PathParam("id") UUID id) {
    return view(ceremony.recompute(id));
  }

  @POST
  @Path("{id}/publication")
  @RequiresTenantRole(TenantRole.ADMIN)
  public ConventionView publish(@PathParam("id") UUID id) {
    return view(ceremony.publish(id));
  }

  @POST
  @Path("{id}/draw")
  @RequiresTenantRole(TenantRole.ADMIN)
  public ConventionView draw(@PathParam("id") UUID id, SeedBody body) {
    return view(ceremony.draw(id, edge.check(body).seed()));
  }

  @POST
  @Path("{id}/end")
  @RequiresTenantRole(TenantRole.ADMIN)
  public ConventionView end(@PathParam("id") UUID id) {
    return view(administration.end(id));
  }

  @GET
  @Path("{id}/pool.csv")
  @Produces("text/csv")
  public String poolCsv(@PathParam("id") UUID id) {
    return reading.poolCsv(id);
  }

  @GET
  @Path("{id}/quotas.csv")
  @Produces("text/csv")
  public String quotasCsv(@PathParam("id") UUID id) {
    return reading.quotasCsv(id);
  }

  @GET
  @Path("{id}/lottery.txt")
  @Produces(MediaType.TEXT_PLAIN)
  public String lottery(@PathParam("id") UUID id) {
    return reading.lottery(id);
  }

  @GET
  @Path("{id}/panel")
  public ConventionReading.Panel panel(@PathParam("id") UUID id) {
    return reading.panel(id);
  }

  @GET
  @Path("{id}/probabilities")
  public List<ConventionReading.Chance> probabilities(@PathParam("id") UUID id) {
    return reading.probabilities(id);
  }

  @GET
  @Path("{id}/replacements")
  public List<ReplacementView> replacements(@PathParam("id") UUID id) {
    return reading.replacements(id).stream().map(ReplacementView::of).toList();
  }

  @GET
  @Path("{id}/replacements/{round}/lottery.txt")
  @Produces(MediaType.TEXT_PLAIN)
  public String replacementLottery(@PathParam("id") UUID id, @PathParam("round") int round) {
    return reading.replacements(id).stream().filter(r -> r.round() == round).findFirst()
        .orElseThrow(() -> ProblemException.notFound("No replacement round " + round))
        .lottery().text();
  }

  @POST
  @Path("{id}/replacements")
  @RequiresTenantRole(TenantRole.ADMIN)
  public Response publishReplacements(@PathParam("id") UUID id) {
    return Response.status(Response.Status.CREATED)
        .entity(ReplacementView.of(ceremony.publishReplacements(id))).build();
  }

  @POST
  @Path("{id}/replacements/{round}/draw")
  @RequiresTenantRole(TenantRole.ADMIN)
  public ReplacementView drawReplacements(@PathParam("id") UUID id, @PathParam("round") int round,
      SeedBody body) {
    return ReplacementView.of(ceremony.drawReplacements(id, round, edge.check(body).seed()));
  }

  private ConventionView view(Convention c) {
    return ConventionView.of(c, reading.poolSize(c.id()));
  }

  private static Setup setup(SetupBody b) {
    QuotaPlan plan;
    try {
      if (b.quotas() != null && !b.quotas().isEmpty()) {
        if (b.shares() != null) {
          throw new IllegalArgumentException("Give either quotas or shares, not both");
        }
        plan = new QuotaPlan(b.quotas().stream()
            .map(q -> new QuotaBand(q.category(), q.value(), q.min(), q.max())).toList());
      } else if (b.shares() != null && !b.shares().isEmpty()) {
        plan = QuotaPlan.fromShares(b.shares(), b.panelSize(), b.slack() == null ? 0 : b.slack());
      } else {
        throw new IllegalArgumentException("Give the quotas, or the population's shares");
      }
    } catch (IllegalArgumentException e) {
      throw ConventionProblems.invalid("quotas", e);
    }
    return new Setup(b.title().strip(), b.mandate().strip(), b.panelSize(), plan,
        b.openToAll() == null || b.openToAll(), b.recruitmentOpens(), b.recruitmentCloses(),
        b.drawDate(), b.lotterySize());
  }

  public record QuotaBody(@NotBlank @Size(max = 60) String category,
                          @NotBlank @Size(max = 60) String value,
                          @Min(0) int min, @Min(0) int max) {}

  /**
   * A convention's setup. Quotas are either given ({@code quotas}) or computed from the
   * population's {@code shares} (category → value → share in [0, 1]) with {@code slack} seats of
   * tolerance.
   */
  public record SetupBody(@SingleLine @NotBlank @Size(max = 200) String title,
                          @NotBlank @Size(max = 20_000) String mandate,
                          @Min(1) @Max(1_000) int panelSize,
                          @Size(max = 200) List<@Valid @NotNull QuotaBody> quotas,
                          @Size(max = 20) Map<String, @Size(max = 50) Map<String, BigDecimal>> shares,
                          @Min(0) @Max(100) Integer slack,
                          Boolean openToAll,
                          LocalDate recruitmentOpens, LocalDate recruitmentCloses,
                          LocalDate drawDate,
                          @Min(1) @Max(10_000) Integer lotterySize) {
    public SetupBody {
      shares = shares == null ? null : new LinkedHashMap<>(shares);
    }
  }

  public record InvitationsBody(@Min(1) @Max(10_000) int count) {}

  public record VolunteerBody(@NotBlank @Size(max = 200) String lastName,
                              @NotBlank @Size(max = 200) String firstNames,
                              @NotNull @Past LocalDate birthDate,
                              @Email @Size(max = 254) String email,
                              @NotNull @Size(max = 20) Map<String, @Size(max = 60) String> answers,
                              @NotNull @AssertTrue Boolean consent,
                              Boolean publishName,
                              @Size(max = 40) String invitationCode) {}

  public record WithdrawalBody(@NotBlank @Size(max = 100) String withdrawalCode) {}

  public record SeedBody(@NotBlank @Size(max = 200) String seed) {}

  /** A pool member as administrators see it (personal data included, erased ones empty). */
  public record VolunteerAdminView(int number, String name, String email,
                                   Map<String, String> answers, boolean publishName,
                                   String channel, String status, Double probability) {
    static VolunteerAdminView of(Volunteer v) {
      return new VolunteerAdminView(v.number(), v.fullName().orElse(null),
          v.email().orElse(null), v.answers(), v.publishName(), v.channel().name(),
          v.status().name(), v.probability().orElse(null));
    }
  }

  /** Progress of the LEXIMIN computation, for the administrators' progress bar. */
  public record ComputationView(String state, int done, int total, int panels,
                                Double lowerBound, Double upperBound, String failure,
                                Object relaxation) {
    static ComputationView of(Computation job) {
      Object relaxation = job.relaxation()
          .map(r -> (Object) ConventionProblems.infeasible(r).extensions()).orElse(null);
      return new ComputationView(job.state().name(), job.done(), job.total(), job.panels(),
          job.lowerBound().orElse(null), job.upperBound().orElse(null),
          job.failure().orElse(null), relaxation);
    }
  }

  /** A replacement round, as published. */
  public record ReplacementView(int round, List<String> panel, List<String> withdrawn,
                                String poolHash, String lotteryHash, int lotterySize,
                                String seed, Integer drawnIndex, List<String> drawn) {
    static ReplacementView of(Replacement r) {
      var lottery = r.lottery();
      return new ReplacementView(r.round(), r.panel(), r.withdrawn(), lottery.poolHash(),
          r.lotteryHash(), lottery.size(), r.seed().orElse(null), r.drawnIndex().orElse(null),
          r.drawnIndex().map(lottery::panel).orElse(null));
    }
  }
}
