package org.parvis.budget.rules;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sums of points, supporters and costs never wrap: an election whose totals overflow is refused. */
class TotalsThatDoNotFitAreRefusedTest {

  private static final List<Project> TWO = List.of(new Project("a", 10), new Project("b", 10));

  @Test
  void points_that_would_wrap_are_refused_by_every_rule() {
    // Wrapping would make a's total negative and let b win with 2 points.
    Election e = new Election(10, TWO, List.of(
        new Ballot(Map.of("a", Long.MAX_VALUE)), new Ballot(Map.of("a", 1L, "b", 2L))));
    for (String rule : AllocationRules.NAMES) {
      assertThrows(IllegalArgumentException.class,
          () -> AllocationRules.of(rule, Utility.POINTS, Completion.ADD1).allocate(e), rule);
    }
  }

  @Test
  void identical_ballots_merged_into_a_group_do_not_wrap_either() {
    long half = Long.MAX_VALUE / 2 + 1;
    Election e = new Election(10, TWO, List.of(
        new Ballot(Map.of("a", half)), new Ballot(Map.of("a", half)), new Ballot(Map.of("b", 1L))));
    assertThrows(IllegalArgumentException.class,
        () -> AllocationRules.of("equal-shares", Utility.POINTS, Completion.NONE).allocate(e));
  }

  @Test
  void costs_whose_sum_would_wrap_are_refused() {
    long huge = Long.MAX_VALUE - 1;
    Election e = new Election(Long.MAX_VALUE,
        List.of(new Project("a", huge), new Project("b", huge)),
        List.of(Ballot.approving(List.of("a", "b"))));
    assertThrows(IllegalArgumentException.class,
        () -> AllocationRules.of("greedy", Utility.COST, Completion.NONE).allocate(e));
  }
}
