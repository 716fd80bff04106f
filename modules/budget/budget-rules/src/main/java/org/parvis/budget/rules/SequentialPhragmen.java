package org.parvis.budget.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Sequential Phragmén (pabutools' {@code sequential_phragmen}), on approvals (any project a ballot
 * gives points to counts as approved). Voters earn money continuously; a project is bought as soon
 * as its supporters together have its cost, which loads each of them with the same new load
 * (their earlier loads plus the cost, divided by the number of supporters). Each step buys the
 * project with the smallest new load; ties go to the project id first in string order. It stops
 * as soon as a project with the smallest new load (any of them, if tied) no longer fits in the
 * budget. Projects costing more than the whole budget are never considered. Exact fractions,
 * ranked with doubles first and compared exactly when close.
 */
public final class SequentialPhragmen implements AllocationRule {
  private static final double TOLERANCE = 1e-9;

  @Override
  public Outcome allocate(Election election) {
    Profile pr = Profile.of(election);
    int m = pr.projectCount;
    List<Integer> remaining = new ArrayList<>();
    for (int p : pr.projectsInTieOrder()) {
      if (pr.cost[p] <= pr.budget) {
        remaining.add(p);
      }
    }
    // a voter's load is the new load of the last project bought among those they support:
    // supporters[p][k] counts p's supporters whose load is level k
    long[][] supporters = new long[m][m + 1];
    Rational[] level = new Rational[m + 1];
    double[] levelApprox = new double[m + 1];
    int levels = 0;
    int[] groupLevel = new int[pr.groupCount];
    java.util.Arrays.fill(groupLevel, -1);
    List<Integer> selection = new ArrayList<>();
    long spent = 0;
    double[] key = new double[m];
    while (!remaining.isEmpty()) {
      double best = Double.POSITIVE_INFINITY;
      for (int p : remaining) {
        if (pr.approvals[p] == 0) {
          key[p] = Double.POSITIVE_INFINITY;
        } else {
          double load = pr.cost[p];
          for (int k = 0; k < levels; k++) {
            load += supporters[p][k] * levelApprox[k];
          }
          key[p] = load / pr.approvals[p];
        }
        best = Math.min(best, key[p]);
      }
      List<Integer> tied = new ArrayList<>();
      Rational bestExact = null;
      for (int p : remaining) { // in id order
        if (Double.isInfinite(best)) {
          tied.add(p);
          continue;
        }
        if (key[p] > best * (1 + TOLERANCE)) {
          continue;
        }
        Rational load = Rational.of(pr.cost[p]);
        for (int k = 0; k < levels; k++) {
          if (supporters[p][k] != 0) {
            load = load.add(level[k].multiply(supporters[p][k]));
          }
        }
        load = load.divide(pr.approvals[p]);
        int cmp = bestExact == null ? -1 : load.compareTo(bestExact);
        if (cmp < 0) {
          bestExact = load;
          tied.clear();
        }
        if (cmp <= 0) {
          tied.add(p);
        }
      }
      for (int p : tied) {
        if (spent + pr.cost[p] > pr.budget) {
          return pr.outcome("phragmen", selection);
        }
      }
      int chosen = tied.get(0);
      selection.add(chosen);
      spent += pr.cost[chosen];
      remaining.remove(Integer.valueOf(chosen));
      if (bestExact == null) {
        continue; // nobody supports it: nobody's load changes
      }
      int k = levels++;
      level[k] = bestExact;
      levelApprox[k] = bestExact.toDouble();
      for (int g : pr.projectGroups[chosen]) {
        int old = groupLevel[g];
        int w = pr.groupWeight[g];
        for (int r : pr.groupProjects[g]) {
          if (old >= 0) {
            supporters[r][old] -= w;
          }
          supporters[r][k] += w;
        }
        groupLevel[g] = k;
      }
    }
    return pr.outcome("phragmen", selection);
  }
}
