package org.parvis.modules.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BallotRulesTest {

  private static final UUID A = UUID.randomUUID();
  private static final UUID B = UUID.randomUUID();
  private static final UUID C = UUID.randomUUID();
  private static final Map<UUID, Long> COSTS = Map.of(A, 30_000L, B, 20_000L, C, 10_000L);

  private static Map<UUID, Long> points(Object... pairs) {
    Map<UUID, Long> points = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      points.put((UUID) pairs[i], ((Number) pairs[i + 1]).longValue());
    }
    return points;
  }

  private static String broken(BallotRules rules, Map<UUID, Long> points) {
    Optional<RuleViolation> violation = rules.check(points, COSTS, 50_000);
    return violation.map(RuleViolation::rule).orElse("none");
  }

  @Test
  void approvalCountsChoicesBetweenItsMinimumAndMaximum() {
    var rules = new BallotRules(BallotKind.APPROVAL, 2, 2, 0, 0);
    assertEquals("approval-maximum", broken(rules, points(A, 1, B, 1, C, 1)));
    assertEquals("approval-minimum", broken(rules, points(A, 1)));
    assertEquals("points-per-project", broken(rules, points(A, 2, B, 1)));
    assertEquals("none", broken(rules, points(A, 1, B, 1)));
  }

  @Test
  void knapsackKeepsTheTotalCostBetweenTheMinimumShareAndTheEnvelope() {
    var rules = new BallotRules(BallotKind.KNAPSACK, 1000, 1, 50, 0);
    assertEquals("knapsack-budget", broken(rules, points(A, 1, B, 1, C, 1)));
    assertEquals("knapsack-minimum-spent", broken(rules, points(C, 1)));
    assertEquals("none", broken(rules, points(A, 1, B, 1)));
    assertEquals(25_000, rules.minimumSpent(50_000));
    assertEquals(1, new BallotRules(BallotKind.KNAPSACK, 1000, 1, 1, 0).minimumSpent(1),
        "the minimum share is rounded up");
  }

  @Test
  void cumulativeSpreadsAtMostItsPointsWithAtLeastOnePerProject() {
    var rules = new BallotRules(BallotKind.CUMULATIVE, 1000, 1, 0, 5);
    assertEquals("cumulative-points", broken(rules, points(A, 4, B, 2)));
    assertEquals("points-per-project", broken(rules, points(A, 0, B, 2)));
    assertEquals("none", broken(rules, points(A, 3, B, 2)));
  }

  @Test
  void cumulativePointsThatWouldWrapAroundAreRefused() {
    var rules = new BallotRules(BallotKind.CUMULATIVE, 1000, 1, 0, 5);
    // Summed as plain longs, Long.MAX_VALUE + 2 wraps to a negative total under the limit.
    assertEquals("points-per-project", broken(rules, points(A, Long.MAX_VALUE, B, 2)));
    assertEquals("points-per-project", broken(rules, points(A, 6)));
    assertEquals("none", broken(rules, points(A, 5)));
  }

  @Test
  void everyKindRefusesEmptyBallotsAndProjectsNotOnTheBallot() {
    for (BallotKind kind : BallotKind.values()) {
      var rules = new BallotRules(kind, 3, 1, 0, 5);
      assertEquals("ballot-empty", broken(rules, Map.of()));
      assertEquals("project-not-on-ballot", broken(rules, points(UUID.randomUUID(), 1)));
    }
  }

  @Test
  void choicesSurviveTheirTextForm() {
    var points = points(A, 3, B, 1);
    assertEquals(points, Choices.read(Choices.write(points)));
    assertTrue(Choices.read("").isEmpty());
  }
}
