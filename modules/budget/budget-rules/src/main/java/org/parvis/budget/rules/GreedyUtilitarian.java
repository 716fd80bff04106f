package org.parvis.budget.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy utilitarian welfare (pabutools' {@code greedy_utilitarian_welfare}): projects in
 * decreasing order of the welfare they bring per unit of cost, each funded if it still fits in
 * what is left of the budget (what does not fit is skipped, later cheaper projects may still be
 * funded; projects without votes are funded too if they fit).
 *
 * <p>Welfare per unit of cost: with {@link Utility#COST}, the number of supporters; with {@link
 * Utility#POINTS}, the total points (cost-weighted points, as cities count them); with {@link
 * Utility#CARDINALITY}, supporters divided by cost. A project costing nothing brings no cost
 * welfare and comes last with {@code COST}/{@code POINTS}; with {@code CARDINALITY} its density is
 * its number of supporters. Ties: project id in string order ("10" before "2"). Exact integer
 * arithmetic.
 */
public final class GreedyUtilitarian implements AllocationRule {
  private final String name;
  private final Utility utility;

  public GreedyUtilitarian(Utility utility) {
    this("greedy", utility);
  }

  GreedyUtilitarian(String name, Utility utility) {
    this.name = name;
    this.utility = java.util.Objects.requireNonNull(utility, "utility");
  }

  @Override
  public Outcome allocate(Election election) {
    Profile profile = Profile.totals(election);
    return profile.outcome(name, complete(profile, utility, List.of()));
  }

  /** Extends {@code initial} greedily; returns the whole selection, {@code initial} first. */
  static List<Integer> complete(Profile profile, Utility utility, List<Integer> initial) {
    boolean[] taken = new boolean[profile.projectCount];
    initial.forEach(p -> taken[p] = true);
    List<Integer> selection = new ArrayList<>(initial);
    long spent = profile.cost(initial);
    Integer[] order = profile.projectsInTieOrder();
    Arrays.sort(order, densityOrder(profile, utility)); // stable: ties keep id order
    for (int p : order) {
      if (!taken[p] && profile.cost[p] <= profile.budget - spent) { // spent <= budget: no overflow
        selection.add(p);
        spent += profile.cost[p];
      }
    }
    return selection;
  }

  private static Comparator<Integer> densityOrder(Profile profile, Utility utility) {
    return switch (utility) {
      case COST -> Comparator.comparingLong(
          (Integer p) -> profile.cost[p] > 0 ? profile.approvals[p] : 0).reversed();
      case POINTS -> Comparator.comparingLong(
          (Integer p) -> profile.cost[p] > 0 ? profile.points[p] : 0).reversed();
      case CARDINALITY -> (a, b) -> {
        // approvals[b] / cost[b] compared to approvals[a] / cost[a], by cross-multiplication
        long costA = Math.max(profile.cost[a], 1);
        long costB = Math.max(profile.cost[b], 1);
        BigInteger left = BigInteger.valueOf(profile.approvals[b]).multiply(BigInteger.valueOf(costA));
        BigInteger right = BigInteger.valueOf(profile.approvals[a]).multiply(BigInteger.valueOf(costB));
        return left.compareTo(right);
      };
    };
  }
}
