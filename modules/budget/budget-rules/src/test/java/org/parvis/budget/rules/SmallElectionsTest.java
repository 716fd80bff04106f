package org.parvis.budget.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Small elections whose outcomes can be checked by hand. */
class SmallElectionsTest {

  private static Election election(long budget, Map<String, Long> costs, List<List<String>> ballots) {
    List<Project> projects = new ArrayList<>();
    costs.forEach((id, cost) -> projects.add(new Project(id, cost)));
    projects.sort((a, b) -> a.id().compareTo(b.id()));
    return new Election(budget, projects, ballots.stream().map(Ballot::approving).toList());
  }

  @Test
  void greedy_skips_what_does_not_fit_and_funds_a_cheaper_project_after_it() {
    // a: 3 votes cost 60; b: 2 votes cost 50 (does not fit after a); c: 1 vote cost 40
    Election e = election(100, Map.of("a", 60L, "b", 50L, "c", 40L),
        List.of(List.of("a", "b"), List.of("a", "b"), List.of("a", "c")));
    Outcome outcome = AllocationRules.of("greedy", Utility.COST, Completion.NONE).allocate(e);
    assertEquals(List.of("a", "c"), outcome.selected());
    assertEquals(100, outcome.cost());
  }

  @Test
  void greedy_breaks_ties_by_project_id_as_a_string() {
    Election e = election(10, Map.of("2", 10L, "10", 10L), List.of(List.of("2", "10")));
    assertEquals(List.of("10"), new GreedyUtilitarian(Utility.COST).allocate(e).selected());
  }

  @Test
  void equal_shares_gives_a_minority_its_share_where_greedy_does_not() {
    // 3 voters want x and y (cost 3 each), 1 voter wants z (cost 1); budget 4, so 1 per voter.
    // Greedy funds x and then only z fits; MES: the majority pays 3 for x (all they have), the
    // minority voter pays 1 for z; y is left unaffordable.
    Election e = election(4, Map.of("x", 3L, "y", 3L, "z", 1L),
        List.of(List.of("x", "y"), List.of("x", "y"), List.of("x", "y"), List.of("z")));
    assertEquals(List.of("x", "z"), new EqualShares(Utility.COST, Completion.NONE).allocate(e).selected());
  }

  @Test
  void equal_shares_leaves_money_unspent_and_add1_spends_it() {
    // Budget 10, 2 voters (5 each). a (cost 6) approved by both: each pays 3, 2 left each.
    // b (cost 4) approved only by voter 1: 2 < 4, unaffordable. add1 raises shares to 6 → a
    // costs 3 each, voter 1 has 3 left, still < 4; at 7 each: 4 left → b funded, exhaustive.
    Election e = election(10, Map.of("a", 6L, "b", 4L), List.of(List.of("a", "b"), List.of("a")));
    assertEquals(List.of("a"), new EqualShares(Utility.COST, Completion.NONE).allocate(e).selected());
    Outcome add1 = new EqualShares(Utility.COST, Completion.ADD1).allocate(e);
    assertEquals(List.of("a", "b"), add1.selected());
    assertEquals(10, add1.cost());
  }

  @Test
  void add1_stops_at_the_last_outcome_within_budget() {
    // Budget 10, 2 voters, one approves a (cost 7), the other b (cost 7): per voter 5, none
    // affordable; at 7 per voter both become affordable together (cost 14 > 10): the previous
    // outcome, empty, is kept; the utilitarian completion then funds a (id order).
    Election e = election(10, Map.of("a", 7L, "b", 7L), List.of(List.of("a"), List.of("b")));
    assertEquals(List.of(), new EqualShares(Utility.COST, Completion.ADD1).allocate(e).selected());
    assertEquals(List.of("a"),
        new EqualShares(Utility.COST, Completion.ADD1_UTILITARIAN).allocate(e).selected());
  }

  @Test
  void empty_ballots_count_in_the_per_voter_share() {
    // Budget 4; one voter approves p (cost 3) and three ballots are empty: 1 per voter → p is
    // unaffordable. Without the empty ballots it would be funded.
    List<Ballot> ballots = new ArrayList<>(List.of(Ballot.approving(List.of("p"))));
    Election alone = new Election(4, List.of(new Project("p", 3)), ballots);
    assertEquals(List.of("p"), new EqualShares(Utility.COST, Completion.NONE).allocate(alone).selected());
    for (int i = 0; i < 3; i++) {
      ballots.add(Ballot.approving(List.of()));
    }
    Election withEmpty = new Election(4, List.of(new Project("p", 3)), ballots);
    assertEquals(List.of(), new EqualShares(Utility.COST, Completion.NONE).allocate(withEmpty).selected());
  }

  @Test
  void phragmen_buys_first_what_the_most_voters_share_and_stops_when_the_next_does_not_fit() {
    // a cost 2 by 2 voters: load 1; b cost 1 by 1 voter: load 1; tie → a (id), then b (load 1),
    // then c (cost 3, 1 voter, load 3) does not fit in 4 − 3: stop.
    Election e = election(4, Map.of("a", 2L, "b", 1L, "c", 3L),
        List.of(List.of("a"), List.of("a", "c"), List.of("b")));
    assertEquals(List.of("a", "b"), new SequentialPhragmen().allocate(e).selected());
  }

  @Test
  void points_utility_weighs_the_points_of_cumulative_ballots() {
    // Two voters, budget 2 (1 each); x and y cost 1. Voter 1: x 3 points, y 1; voter 2: y 1.
    // Cost utility: y (2 supporters, 1/2 each) first, then x unaffordable (voter 1 has 1/2).
    // Points utility: x first (ρ = 1/3), then y (voter 2 pays it: ρ = 1 > 1/3).
    List<Project> projects = List.of(new Project("x", 1), new Project("y", 1));
    List<Ballot> ballots = List.of(new Ballot(Map.of("x", 3L, "y", 1L)), new Ballot(Map.of("y", 1L)));
    Election e = new Election(2, projects, ballots);
    assertEquals(List.of("y"), new EqualShares(Utility.COST, Completion.NONE).allocate(e).selected());
    assertEquals(List.of("x", "y"), new EqualShares(Utility.POINTS, Completion.NONE).allocate(e).selected());
  }

  @Test
  void an_unknown_rule_name_is_rejected_with_the_valid_names() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> AllocationRules.of("borda", Utility.COST, Completion.NONE));
    assertTrue(error.getMessage().contains("greedy, equal-shares, phragmen"), error.getMessage());
  }

  @Test
  void a_ballot_naming_an_unknown_project_is_rejected() {
    Election e = new Election(10, List.of(new Project("a", 1)), List.of(Ballot.approving(List.of("b"))));
    assertThrows(IllegalArgumentException.class, () -> new GreedyUtilitarian(Utility.COST).allocate(e));
  }
}
