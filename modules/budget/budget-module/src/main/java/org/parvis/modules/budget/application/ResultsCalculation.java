package org.parvis.modules.budget.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.parvis.budget.rules.AllocationRules;
import org.parvis.budget.rules.Completion;
import org.parvis.budget.rules.Election;
import org.parvis.budget.rules.Outcome;
import org.parvis.budget.rules.Project;
import org.parvis.budget.rules.Utility;
import org.parvis.modules.budget.domain.Ballot;
import org.parvis.modules.budget.domain.BallotKind;
import org.parvis.modules.budget.domain.BallotRepository;
import org.parvis.modules.budget.domain.Edition;
import org.parvis.modules.budget.domain.EditionRepository;
import org.parvis.modules.budget.domain.Envelope;
import org.parvis.modules.budget.domain.Idea;

/**
 * Counts a closed vote, per envelope: the edition's allocation rule decides what is funded;
 * greedy counting and the Method of Equal Shares are computed side by side for comparison.
 * {@link PublishedResults} calls it once when the vote closes and stores what it found; nothing
 * else should count ballots.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ResultsCalculation {

  @Inject EditionRepository editions;
  @Inject BallotRepository ballots;

  /** One project's line in the results. */
  public record ProjectResult(UUID id, String title, long cost, long votes, boolean funded,
      boolean fundedByGreedy, boolean fundedByEqualShares) {}

  /** One envelope's results. */
  public record EnvelopeResult(UUID id, String name, boolean district, long amount, long ballots,
      String rule, long spent, List<ProjectResult> projects, long greedySpent,
      long equalSharesSpent) {}

  /**
   * An edition's published results, as counted at {@code countedAt}; {@code recounts} is how many
   * times an administrator has recounted them since.
   */
  public record EditionResults(Edition edition, List<EnvelopeResult> envelopes, Instant countedAt,
      int recounts) {}

  /** Counts the edition's ballots now, envelope by envelope (in envelope order). */
  public List<EnvelopeResult> count(Edition edition) {
    UUID editionId = edition.id();
    Map<UUID, List<Idea>> projects = editions.ideas(editionId).stream()
        .filter(Idea::onBallot)
        .collect(Collectors.groupingBy(Idea::envelopeId));
    Map<UUID, List<Ballot>> cast = ballots.ofEdition(editionId).stream()
        .collect(Collectors.groupingBy(Ballot::envelopeId));
    List<EnvelopeResult> results = new ArrayList<>();
    for (Envelope envelope : editions.envelopes(editionId)) {
      results.add(envelopeResult(edition, envelope,
          projects.getOrDefault(envelope.id(), List.of()),
          cast.getOrDefault(envelope.id(), List.of())));
    }
    return results;
  }

  private static EnvelopeResult envelopeResult(
      Edition edition, Envelope envelope, List<Idea> projects, List<Ballot> cast) {
    boolean cumulative = edition.rules().kind() == BallotKind.CUMULATIVE;
    Election election = election(edition, envelope, projects, cast);
    Utility utility = cumulative ? Utility.POINTS : Utility.COST;
    Utility sharesUtility = cumulative ? Utility.POINTS
        : "cardinality".equals(edition.mesUtility()) ? Utility.CARDINALITY : Utility.COST;
    Completion completion = completion(edition.mesCompletion());
    Outcome greedy = AllocationRules.of("greedy", utility, Completion.NONE).allocate(election);
    Outcome equalShares = AllocationRules.of("equal-shares", sharesUtility, completion)
        .allocate(election);
    // The side-by-side view already counted greedy and equal shares; the edition's own rule is
    // one of them unless it is Phragmén (MES add1 takes seconds on a city-wide vote).
    Outcome chosen = switch (edition.allocationRule()) {
      case "greedy" -> greedy;
      case "equal-shares" -> equalShares;
      default -> AllocationRules.of(edition.allocationRule(), utility, completion)
          .allocate(election);
    };

    Map<UUID, Long> votes = new HashMap<>();
    for (Ballot ballot : cast) {
      ballot.points().forEach((project, points) ->
          votes.merge(project, cumulative ? points : 1L, Math::addExact));
    }
    Set<String> funded = new HashSet<>(chosen.selected());
    Set<String> byGreedy = new HashSet<>(greedy.selected());
    Set<String> byShares = new HashSet<>(equalShares.selected());
    List<ProjectResult> lines = projects.stream()
        .map(p -> new ProjectResult(p.id(), p.title(), p.finalCost(), votes.getOrDefault(p.id(), 0L),
            funded.contains(p.id().toString()), byGreedy.contains(p.id().toString()),
            byShares.contains(p.id().toString())))
        .sorted((a, b) -> a.funded() != b.funded()
            ? (a.funded() ? -1 : 1)
            : Long.compare(b.votes(), a.votes()))
        .toList();
    return new EnvelopeResult(envelope.id(), envelope.name(), envelope.district(),
        envelope.amount(), cast.size(), edition.allocationRule(), chosen.cost(), lines,
        greedy.cost(), equalShares.cost());
  }

  /** The completion of equal shares by its name in the edition's settings. */
  static Completion completion(String name) {
    return switch (name) {
      case "none" -> Completion.NONE;
      case "add1-utilitarian" -> Completion.ADD1_UTILITARIAN;
      default -> Completion.ADD1;
    };
  }

  /**
   * The envelope's election as the rules library sees it: projects by id and final cost, ballots
   * in the order of their (random) ids, so that the order says nothing about who voted when. A
   * choice of a project no longer on the ballot (hidden by a moderator after the vote opened) is
   * left out of its ballot; the ballot itself still counts.
   */
  static Election election(Edition edition, Envelope envelope, List<Idea> projects,
      List<Ballot> cast) {
    boolean cumulative = edition.rules().kind() == BallotKind.CUMULATIVE;
    Set<UUID> onBallot = projects.stream().map(Idea::id).collect(Collectors.toSet());
    return new Election(envelope.amount(),
        projects.stream().map(p -> new Project(p.id().toString(), p.finalCost())).toList(),
        cast.stream()
            .sorted(java.util.Comparator.comparing(Ballot::id))
            .map(b -> toRulesBallot(b, cumulative, onBallot))
            .toList());
  }

  private static org.parvis.budget.rules.Ballot toRulesBallot(Ballot ballot, boolean cumulative,
      Set<UUID> onBallot) {
    Map<String, Long> points = new HashMap<>();
    ballot.points().forEach((id, p) -> {
      if (onBallot.contains(id)) {
        points.put(id.toString(), cumulative ? p : 1L);
      }
    });
    if (cumulative) {
      return new org.parvis.budget.rules.Ballot(points);
    }
    return org.parvis.budget.rules.Ballot.approving(points.keySet().stream().sorted().toList());
  }
}
