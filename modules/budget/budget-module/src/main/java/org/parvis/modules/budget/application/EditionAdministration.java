package org.parvis.modules.budget.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.parvis.modules.budget.domain.BallotRules;
import org.parvis.modules.budget.domain.Calendar;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.EditionRepository;
import org.parvis.modules.budget.domain.Phase;
import org.parvis.modules.budget.domain.Envelope;

/** Administrators create editions, with their envelopes, and move their calendar. */
@ApplicationScoped
@Transactional
public class EditionAdministration {

  @Inject EditionRepository editions;
  @Inject PublishedResults results;

  /** One envelope to create: a district's, or the city-wide one. */
  public record EnvelopeSpec(String name, long amount, boolean district) {}

  public Edition create(String title, String allocationRule, BallotRules rules, Calendar calendar,
      List<EnvelopeSpec> envelopes, String mesUtility, String mesCompletion) {
    if (envelopes.stream().filter(e -> !e.district()).count() > 1) {
      throw BudgetProblems.invalid("envelopes", "at most one city-wide envelope");
    }
    if (envelopes.stream().map(EnvelopeSpec::name).distinct().count() != envelopes.size()) {
      throw BudgetProblems.invalid("envelopes", "envelope names must differ");
    }
    Edition edition;
    try {
      edition = new Edition(title, allocationRule, rules, calendar);
    } catch (IllegalArgumentException e) {
      throw BudgetProblems.invalid("allocationRule", e.getMessage());
    }
    try {
      edition.countEqualSharesWith(mesUtility, mesCompletion);
    } catch (IllegalArgumentException e) {
      throw BudgetProblems.invalid("equalShares", e.getMessage());
    }
    editions.add(edition);
    int position = 0;
    for (EnvelopeSpec spec : envelopes) {
      editions.add(new Envelope(edition.id(), spec.name(), spec.amount(), spec.district(), position++));
    }
    return edition;
  }

  /**
   * Moves the edition's dates. Once its results are published the vote cannot be reopened: a
   * ballot cast then could not change them (a recount is the way to correct them).
   */
  public Edition reschedule(UUID editionId, Calendar calendar) {
    Edition edition = editions.editionForUpdate(editionId).orElseThrow(BudgetProblems::noEdition);
    Phase phase = calendar.phaseAt(Clock.systemUTC().instant());
    if (!phase.isAtLeast(Phase.RESULTS) && results.published(editionId)) {
      throw BudgetProblems.resultsPublished();
    }
    edition.reschedule(calendar);
    return edition;
  }

  /**
   * Closes the vote now: waits for ballots in flight, refuses later ones, and counts and
   * publishes the results.
   */
  public Edition closeVote(UUID editionId) {
    Edition edition = editions.editionForUpdate(editionId).orElseThrow(BudgetProblems::noEdition);
    if (!edition.phaseAt(Clock.systemUTC().instant()).isAtLeast(Phase.RESULTS)) {
      edition.reschedule(edition.calendar().closingVoteAt(Clock.systemUTC().instant()));
      editions.flush();
    }
    results.publish(editionId);
    return edition;
  }

  public List<Edition> all() {
    return editions.editions();
  }

  public Edition edition(UUID id) {
    return editions.edition(id).orElseThrow(BudgetProblems::noEdition);
  }

  public List<Envelope> envelopes(UUID editionId) {
    return editions.envelopes(editionId);
  }
}
