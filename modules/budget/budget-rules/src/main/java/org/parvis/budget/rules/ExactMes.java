package org.parvis.budget.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * MES computed voter group by voter group with exact fractions, as pabutools does: the reference
 * implementation, used for points utility (satisfaction differs between supporters) and in tests
 * to cross-check {@link UniformMes}.
 */
final class ExactMes extends MesEngine {
  ExactMes(Profile profile, Utility utility) {
    super(profile, utility);
  }

  @Override
  List<Integer> run(Rational perVoterBudget) {
    Profile pr = profile;
    Rational[] budget = new Rational[pr.groupCount];
    Arrays.fill(budget, perVoterBudget);
    long[][] sat = new long[pr.projectCount][];
    List<Integer> remaining = new ArrayList<>();
    Rational[] lowerBound = new Rational[pr.projectCount];
    for (int p = 0; p < pr.projectCount; p++) {
      if (!candidate[p]) {
        continue;
      }
      int[] groups = pr.projectGroups[p];
      sat[p] = new long[groups.length];
      long totalSat = 0;
      for (int i = 0; i < groups.length; i++) {
        sat[p][i] = satisfaction(p, pointsOf(groups[i], p));
        totalSat += sat[p][i] * pr.groupWeight[groups[i]];
      }
      lowerBound[p] = Rational.of(pr.cost[p], totalSat);
      remaining.add(p);
    }
    List<Integer> selection = new ArrayList<>(free);
    while (true) {
      remaining.sort((a, b) -> lowerBound[a].compareTo(lowerBound[b]));
      Rational best = null;
      int chosen = -1;
      for (int k = 0; k < remaining.size(); ) {
        int p = remaining.get(k);
        if (best != null && lowerBound[p].compareTo(best) > 0) {
          break;
        }
        Rational rho = affordability(p, sat[p], budget);
        if (rho == null) {
          remaining.remove(k);
          continue;
        }
        lowerBound[p] = rho;
        int cmp = best == null ? -1 : rho.compareTo(best);
        if (cmp < 0 || (cmp == 0 && pr.tieRank[p] < pr.tieRank[chosen])) {
          best = rho;
          chosen = p;
        }
        k++;
      }
      if (chosen < 0) {
        return selection;
      }
      selection.add(chosen);
      remaining.remove(Integer.valueOf(chosen));
      int[] groups = pr.projectGroups[chosen];
      for (int i = 0; i < groups.length; i++) {
        Rational share = best.multiply(sat[chosen][i]);
        int g = groups[i];
        budget[g] = budget[g].compareTo(share) <= 0 ? Rational.ZERO : budget[g].subtract(share);
      }
    }
  }

  private long pointsOf(int g, int p) {
    int k = Arrays.binarySearch(profile.groupProjects[g], p);
    return profile.groupPoints[g][k];
  }

  /** The smallest ρ such that supporters paying min(budget, ρ·sat) cover the cost, or null. */
  private Rational affordability(int p, long[] sat, Rational[] budget) {
    int[] groups = profile.projectGroups[p];
    Rational available = Rational.ZERO;
    long totalSat = 0;
    Integer[] order = new Integer[groups.length];
    for (int i = 0; i < groups.length; i++) {
      order[i] = i;
      available = available.add(budget[groups[i]].multiply(profile.groupWeight[groups[i]]));
      totalSat += sat[i] * profile.groupWeight[groups[i]];
    }
    Rational cost = Rational.of(profile.cost[p]);
    if (available.compareTo(cost) < 0) {
      return null;
    }
    Arrays.sort(order, (a, b) -> budget[groups[a]].multiply(sat[b]).compareTo(budget[groups[b]].multiply(sat[a])));
    Rational paid = Rational.ZERO;
    for (int i : order) {
      int g = groups[i];
      Rational rho = cost.subtract(paid).divide(totalSat);
      if (rho.multiply(sat[i]).compareTo(budget[g]) <= 0) {
        return rho;
      }
      paid = paid.add(budget[g].multiply(profile.groupWeight[g]));
      totalSat -= sat[i] * profile.groupWeight[g];
    }
    throw new IllegalStateException("affordable project without a price");
  }
}
