package org.parvis.modules.budget.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
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
import org.parvis.modules.budget.BudgetModule;
import org.parvis.modules.budget.domain.Money;
import org.parvis.modules.budget.application.BudgetProblems;
import org.parvis.modules.budget.application.EditionAdministration;
import org.parvis.modules.budget.application.EditionAdministration.EnvelopeSpec;
import org.parvis.modules.budget.domain.BallotKind;
import org.parvis.modules.budget.domain.BallotRules;
import org.parvis.modules.budget.domain.Calendar;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.spi.module.ModuleEndpoint;
import org.parvis.spi.module.ModuleSettings;
import org.parvis.spi.problem.BodyValidator;
import org.parvis.spi.security.RequiresTenantRole;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.text.SingleLine;

/** Editions: anyone reads them; administrators create them and move their calendar. */
@Path("/api/budget/editions")
@ModuleEndpoint(BudgetModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EditionResource {

  @Inject EditionAdministration administration;
  @Inject BodyValidator edge;
  @Inject ModuleSettings settings;

  @GET
  public List<EditionView> editions() {
    return administration.all().stream()
        .map(e -> EditionView.of(e, administration.envelopes(e.id())))
        .toList();
  }

  @GET
  @Path("{id}")
  public EditionView edition(@PathParam("id") UUID id) {
    Edition edition = administration.edition(id);
    return EditionView.of(edition, administration.envelopes(id));
  }

  @POST
  @RequiresTenantRole(TenantRole.ADMIN)
  public Response create(EditionBody body) {
    body = edge.check(body);
    String rule = body.allocationRule() == null
        ? settings.get(BudgetModule.ID, BudgetModule.DEFAULT_RULE)
        : body.allocationRule();
    Edition edition = administration.create(body.title(), rule, body.ballot().toRules(),
        body.calendar().toCalendar(),
        body.envelopes().stream()
            .map(e -> new EnvelopeSpec(e.name(), e.amount(), e.district()))
            .toList(),
        body.equalShares() == null || body.equalShares().utility() == null
            ? "cost" : body.equalShares().utility(),
        body.equalShares() == null || body.equalShares().completion() == null
            ? "add1" : body.equalShares().completion());
    return Response.status(Response.Status.CREATED)
        .entity(EditionView.of(edition, administration.envelopes(edition.id())))
        .build();
  }

  @PUT
  @Path("{id}/calendar")
  @RequiresTenantRole(TenantRole.ADMIN)
  public EditionView reschedule(@PathParam("id") UUID id, CalendarBody body) {
    body = edge.check(body);
    Edition edition = administration.reschedule(id, body.toCalendar());
    return EditionView.of(edition, administration.envelopes(id));
  }

  /** Closes the vote now; the results become readable. */
  @POST
  @Path("{id}/vote/close")
  @RequiresTenantRole(TenantRole.ADMIN)
  public EditionView closeVote(@PathParam("id") UUID id) {
    Edition edition = administration.closeVote(id);
    return EditionView.of(edition, administration.envelopes(id));
  }

  public record EditionBody(
      @SingleLine @NotBlank @Size(max = 200) String title,
      @Size(max = 20) String allocationRule,
      @Valid EqualSharesBody equalShares,
      @NotNull @Valid BallotBody ballot,
      @NotNull @Valid CalendarBody calendar,
      @NotEmpty @Size(max = 100) List<@Valid EnvelopeBody> envelopes) {}

  /**
   * How equal shares counts: {@code utility} {@code cost} (default) or {@code cardinality},
   * {@code completion} {@code none}, {@code add1} (default) or {@code add1-utilitarian}.
   */
  public record EqualSharesBody(@Size(max = 20) String utility, @Size(max = 20) String completion) {}

  /** Ballot rules: kind, and the limits that apply to it. */
  public record BallotBody(
      @NotNull BallotKind kind,
      @Min(1) @Max(1000) Integer maxChoices,
      @Min(1) @Max(1000) Integer minChoices,
      @Min(0) @Max(100) Integer minSpentPercent,
      @Min(1) @Max(1_000_000) Integer points) {

    public BallotRules toRules() {
      int min = minChoices == null ? 1 : minChoices;
      int max = maxChoices == null ? 1000 : maxChoices;
      if (max < min) {
        throw BudgetProblems.invalid("ballot.maxChoices", "must not be less than minChoices");
      }
      return new BallotRules(kind, max, min, minSpentPercent == null ? 0 : minSpentPercent,
          points == null ? (kind == BallotKind.CUMULATIVE ? 10 : 0) : points);
    }
  }

  public record CalendarBody(
      @NotNull Instant submissionOpens,
      @NotNull Instant reviewOpens,
      @NotNull Instant voteOpens,
      @NotNull Instant voteCloses,
      @NotNull Instant implementationOpens) {

    public Calendar toCalendar() {
      try {
        return new Calendar(submissionOpens, reviewOpens, voteOpens, voteCloses, implementationOpens);
      } catch (IllegalArgumentException e) {
        throw BudgetProblems.invalid("calendar", e.getMessage());
      }
    }
  }

  public record EnvelopeBody(
      @NotBlank @Size(max = 120) String name,
      @PositiveOrZero @Max(Money.MAX) long amount,
      boolean district) {}
}
