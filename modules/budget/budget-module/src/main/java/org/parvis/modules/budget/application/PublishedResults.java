package org.parvis.modules.budget.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parvis.modules.budget.application.ResultsCalculation.EditionResults;
import org.parvis.modules.budget.application.ResultsCalculation.EnvelopeResult;
import org.parvis.modules.budget.application.ResultsCalculation.ProjectResult;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.EditionRepository;
import org.parvis.modules.budget.domain.Envelope;
import org.parvis.modules.budget.domain.EnvelopeOutcome;
import org.parvis.modules.budget.domain.OutcomeRepository;
import org.parvis.modules.budget.domain.Phase;
import org.parvis.modules.budget.domain.ProjectOutcome;
import org.parvis.modules.budget.domain.Recount;

/**
 * Results as published: counted once, when the vote closes, and stored. The first reader after
 * the closing date (or the administrator's "close now") counts them under an exclusive lock on
 * the edition row: ballots in flight hold a shared lock on it, so the count waits for them, and
 * any later ballot finds the vote closed. Readers then get the stored results; only an
 * administrator's {@link #recount recount} replaces them, and it is recorded.
 */
@ApplicationScoped
@Transactional
public class PublishedResults {

  @Inject EditionRepository editions;
  @Inject OutcomeRepository outcomes;
  @Inject ResultsCalculation calculation;

  /** The published results, counting and storing them first if nobody has read them yet. */
  public EditionResults results(UUID editionId) {
    Edition edition = editions.edition(editionId).orElseThrow(BudgetProblems::noEdition);
    requireResultsPhase(edition, "Reading results");
    List<EnvelopeOutcome> stored = outcomes.envelopes(editionId);
    if (stored.isEmpty()) {
      return publish(editionId);
    }
    return read(edition, stored);
  }

  /**
   * Counts and stores the results of an edition whose vote has closed, unless they are already
   * published. Waits for ballots in flight.
   */
  public EditionResults publish(UUID editionId) {
    Edition edition = editions.editionForUpdate(editionId).orElseThrow(BudgetProblems::noEdition);
    requireResultsPhase(edition, "Publishing results");
    List<EnvelopeOutcome> stored = outcomes.envelopes(editionId);
    if (!stored.isEmpty()) {
      return read(edition, stored); // another reader published them while we waited
    }
    store(edition, calculation.count(edition), now());
    return read(edition, outcomes.envelopes(editionId));
  }

  /**
   * Replaces the published results by a new count of the same ballots (after a correction of
   * costs, say), and records who asked, why, and whether the funded projects changed.
   */
  public EditionResults recount(UUID editionId, String requestedBy, String reason) {
    Edition edition = editions.editionForUpdate(editionId).orElseThrow(BudgetProblems::noEdition);
    requireResultsPhase(edition, "Recounting results");
    Set<UUID> fundedBefore = funded(outcomes.projects(editionId));
    outcomes.discard(editionId);
    Instant now = now();
    List<EnvelopeResult> counted = calculation.count(edition);
    store(edition, counted, now);
    Set<UUID> fundedAfter = counted.stream()
        .flatMap(e -> e.projects().stream())
        .filter(ProjectResult::funded)
        .map(ProjectResult::id)
        .collect(Collectors.toSet());
    outcomes.add(new Recount(editionId, requestedBy, reason, now,
        !fundedBefore.equals(fundedAfter)));
    return read(edition, outcomes.envelopes(editionId));
  }

  /** Whether the edition's results have been published (counted and stored). */
  public boolean published(UUID editionId) {
    return !outcomes.envelopes(editionId).isEmpty();
  }

  public List<Recount> recounts(UUID editionId) {
    editions.edition(editionId).orElseThrow(BudgetProblems::noEdition);
    return outcomes.recounts(editionId);
  }

  private void store(Edition edition, List<EnvelopeResult> counted, Instant countedAt) {
    Map<UUID, Envelope> envelopes = editions.envelopes(edition.id()).stream()
        .collect(Collectors.toMap(Envelope::id, e -> e));
    for (EnvelopeResult result : counted) {
      outcomes.add(new EnvelopeOutcome(envelopes.get(result.id()), result.ballots(),
          result.rule(), result.spent(), result.greedySpent(), result.equalSharesSpent(),
          countedAt));
    }
    editions.flush(); // project lines reference their envelope's outcome
    for (EnvelopeResult result : counted) {
      int position = 0;
      for (ProjectResult p : result.projects()) {
        outcomes.add(new ProjectOutcome(edition.id(), result.id(), p.id(), position++, p.title(),
            p.cost(), p.votes(), p.funded(), p.fundedByGreedy(), p.fundedByEqualShares()));
      }
    }
  }

  private EditionResults read(Edition edition, List<EnvelopeOutcome> stored) {
    Map<UUID, List<ProjectResult>> lines = new LinkedHashMap<>();
    for (ProjectOutcome p : outcomes.projects(edition.id())) {
      lines.computeIfAbsent(p.envelopeId(), k -> new ArrayList<>())
          .add(new ProjectResult(p.ideaId(), p.title(), p.cost(), p.votes(), p.funded(),
              p.fundedByGreedy(), p.fundedByEqualShares()));
    }
    List<EnvelopeResult> envelopes = stored.stream()
        .map(o -> new EnvelopeResult(o.envelopeId(), o.name(), o.district(), o.amount(),
            o.ballots(), o.rule(), o.spent(), lines.getOrDefault(o.envelopeId(), List.of()),
            o.greedySpent(), o.equalSharesSpent()))
        .toList();
    return new EditionResults(edition, envelopes, stored.get(0).countedAt(),
        outcomes.recounts(edition.id()).size());
  }

  /** Now, to the microsecond that PostgreSQL keeps: the same instant before and after storing. */
  private static Instant now() {
    return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  private static Set<UUID> funded(List<ProjectOutcome> lines) {
    return lines.stream().filter(ProjectOutcome::funded).map(ProjectOutcome::ideaId)
        .collect(Collectors.toSet());
  }

  private static void requireResultsPhase(Edition edition, String action) {
    Phase phase = edition.phaseAt(Instant.now());
    if (!phase.isAtLeast(Phase.RESULTS)) {
      throw BudgetProblems.wrongPhase(action, Phase.RESULTS, phase);
    }
  }
}
