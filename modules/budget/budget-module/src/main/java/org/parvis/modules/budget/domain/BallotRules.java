package org.parvis.modules.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The ballot rules of an edition, and their check. The same check runs for online and paper
 * ballots; it is pure so that it can be tested without a server. A cumulative ballot gives each
 * project at most the ballot's total, so that no sum of its points can wrap.
 */
@Embeddable
public class BallotRules {

  @Enumerated(EnumType.STRING)
  @Column(name = "ballot_kind", nullable = false)
  private BallotKind kind;

  /** Approval: the most projects a voter may pick. */
  @Column(name = "max_choices", nullable = false)
  private int maxChoices;

  /** Approval: the fewest projects a voter must pick (at least 1). */
  @Column(name = "min_choices", nullable = false)
  private int minChoices;

  /** Knapsack: the share of the envelope a ballot must spend at least, in percent. */
  @Column(name = "min_spent_percent", nullable = false)
  private int minSpentPercent;

  /** Cumulative: the points each voter spreads. */
  @Column(name = "total_points", nullable = false)
  private int totalPoints;

  protected BallotRules() {}

  public BallotRules(
      BallotKind kind, int maxChoices, int minChoices, int minSpentPercent, int totalPoints) {
    this.kind = Objects.requireNonNull(kind, "kind");
    if (minChoices < 1 || maxChoices < minChoices) {
      throw new IllegalArgumentException("choices: need 1 ≤ minChoices ≤ maxChoices");
    }
    if (minSpentPercent < 0 || minSpentPercent > 100) {
      throw new IllegalArgumentException("minSpentPercent must be between 0 and 100");
    }
    if (kind == BallotKind.CUMULATIVE && totalPoints < 1) {
      throw new IllegalArgumentException("a cumulative ballot needs at least 1 point to give");
    }
    this.maxChoices = maxChoices;
    this.minChoices = minChoices;
    this.minSpentPercent = minSpentPercent;
    this.totalPoints = totalPoints;
  }

  /**
   * Checks a ballot.
   *
   * @param points the points the ballot gives each project (1 for approval and knapsack)
   * @param costs the cost of every project on this envelope's ballot
   * @param envelope the envelope's amount
   * @return the first rule the ballot breaks, if any
   */
  public Optional<RuleViolation> check(Map<UUID, Long> points, Map<UUID, Long> costs, long envelope) {
    if (points.isEmpty()) {
      return violation("ballot-empty", "a ballot must support at least one project");
    }
    for (var choice : points.entrySet()) {
      if (!costs.containsKey(choice.getKey())) {
        return violation("project-not-on-ballot",
            "project " + choice.getKey() + " is not on this envelope's ballot");
      }
      long given = choice.getValue();
      if (given < 1 || given > (kind == BallotKind.CUMULATIVE ? totalPoints : 1)) {
        return violation("points-per-project", kind == BallotKind.CUMULATIVE
            ? "each supported project gets between 1 and " + totalPoints + " points"
            : "each supported project counts once (1 point)");
      }
    }
    long cost = totalCost(points, costs);
    return switch (kind) {
      case APPROVAL -> checkApproval(points.size());
      case KNAPSACK -> checkKnapsack(cost, envelope);
      case CUMULATIVE -> checkCumulative(points);
    };
  }

  private Optional<RuleViolation> checkApproval(int chosen) {
    if (chosen > maxChoices) {
      return violation("approval-maximum",
          "at most " + maxChoices + " projects may be chosen, this ballot has " + chosen,
          maxChoices, chosen);
    }
    if (chosen < minChoices) {
      return violation("approval-minimum",
          "at least " + minChoices + " projects must be chosen, this ballot has " + chosen,
          minChoices, chosen);
    }
    return Optional.empty();
  }

  private Optional<RuleViolation> checkKnapsack(long cost, long envelope) {
    if (cost > envelope) {
      return violation("knapsack-budget",
          "the chosen projects cost " + cost + ", more than the envelope of " + envelope,
          cost, envelope);
    }
    long minimum = minimumSpent(envelope);
    if (cost < minimum) {
      return violation("knapsack-minimum-spent", "the chosen projects cost " + cost
          + ", less than the required " + minSpentPercent + "% of the envelope (" + minimum + ")",
          cost, minSpentPercent, minimum);
    }
    return Optional.empty();
  }

  private Optional<RuleViolation> checkCumulative(Map<UUID, Long> points) {
    long given = points.values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
    if (given > totalPoints) {
      return violation("cumulative-points",
          "at most " + totalPoints + " points may be given, this ballot gives " + given,
          totalPoints, given);
    }
    return Optional.empty();
  }

  /** The smallest total cost a knapsack ballot must reach, rounded up. */
  public long minimumSpent(long envelope) {
    return (Math.multiplyExact(envelope, minSpentPercent) + 99) / 100;
  }

  /** The cost of the chosen projects; exact (costs are bounded by {@link Money#MAX}). */
  public static long totalCost(Map<UUID, Long> points, Map<UUID, Long> costs) {
    return points.keySet().stream().mapToLong(id -> costs.getOrDefault(id, 0L))
        .reduce(0, Math::addExact);
  }

  private static Optional<RuleViolation> violation(String rule, String detail, long... values) {
    return Optional.of(RuleViolation.of(rule, detail, values));
  }

  public BallotKind kind() {
    return kind;
  }

  public int maxChoices() {
    return maxChoices;
  }

  public int minChoices() {
    return minChoices;
  }

  public int minSpentPercent() {
    return minSpentPercent;
  }

  public int totalPoints() {
    return totalPoints;
  }
}
