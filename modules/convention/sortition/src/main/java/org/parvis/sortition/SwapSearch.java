package org.parvis.sortition;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Heuristic pricing: steepest-ascent local search over feasible panels. A move swaps one seat from
 * a unit to another unit, keeping the panel size, every quota and the households; the search stops
 * at a panel no single swap improves. It finds an improving panel for most pricing rounds in a few
 * milliseconds, so the exact integer program is only needed to prove that none is left.
 */
final class SwapSearch {
  private final Units units;
  private final int categories;
  private final int[][] min;
  private final int[][] max;
  private final int[] household;
  private final int households;

  SwapSearch(Units units) {
    this.units = units;
    Quotas q = units.problem.quotas();
    categories = q.categoryCount();
    min = new int[categories][];
    max = new int[categories][];
    for (int c = 0; c < categories; c++) {
      min[c] = new int[q.valueCount(c)];
      max[c] = new int[q.valueCount(c)];
      for (int v = 0; v < min[c].length; v++) {
        min[c][v] = q.quota(c, v).min();
        max[c][v] = q.quota(c, v).max();
      }
    }
    household = new int[units.count];
    Arrays.fill(household, -1);
    for (int h = 0; h < units.exclusive.size(); h++) {
      for (int u : units.exclusive.get(h)) {
        household[u] = h;
      }
    }
    households = units.exclusive.size();
  }

  /** Units in decreasing weight order (ties by index), shared by the searches of one round. */
  Integer[] order(double[] weight) {
    Integer[] order = new Integer[units.count];
    for (int u = 0; u < order.length; u++) {
      order[u] = u;
    }
    Arrays.sort(order, Comparator.<Integer>comparingDouble(u -> -weight[u])
        .thenComparingInt(u -> u));
    return order;
  }

  /** The local optimum reached from the feasible panel {@code start} (a new array). */
  int[] improve(int[] start, double[] weight, Integer[] order) {
    int[] counts = start.clone();
    int[][] perValue = new int[categories][];
    for (int c = 0; c < categories; c++) {
      perValue[c] = new int[min[c].length];
    }
    int[] perHousehold = new int[households];
    for (int u = 0; u < units.count; u++) {
      if (counts[u] > 0) {
        for (int c = 0; c < categories; c++) {
          perValue[c][units.values[u][c]] += counts[u];
        }
        if (household[u] >= 0) {
          perHousehold[household[u]] += counts[u];
        }
      }
    }
    while (true) {
      double bestGain = 1e-12;
      int bestOut = -1;
      int bestIn = -1;
      for (int a = 0; a < units.count; a++) {
        if (counts[a] == 0) {
          continue;
        }
        int[] va = units.values[a];
        for (int b : order) {
          double gain = weight[b] - weight[a];
          if (gain <= bestGain) {
            break;
          }
          if (b == a || counts[b] >= units.size[b]) {
            continue;
          }
          int[] vb = units.values[b];
          boolean ok = true;
          for (int c = 0; c < categories && ok; c++) {
            if (va[c] != vb[c]) {
              ok = perValue[c][va[c]] - 1 >= min[c][va[c]]
                  && perValue[c][vb[c]] + 1 <= max[c][vb[c]];
            }
          }
          if (ok && household[b] >= 0 && household[b] != household[a]) {
            ok = perHousehold[household[b]] == 0;
          }
          if (ok) {
            bestGain = gain;
            bestOut = a;
            bestIn = b;
            break;
          }
        }
      }
      if (bestOut < 0) {
        return counts;
      }
      counts[bestOut]--;
      counts[bestIn]++;
      for (int c = 0; c < categories; c++) {
        perValue[c][units.values[bestOut][c]]--;
        perValue[c][units.values[bestIn][c]]++;
      }
      if (household[bestOut] >= 0) {
        perHousehold[household[bestOut]]--;
      }
      if (household[bestIn] >= 0) {
        perHousehold[household[bestIn]]++;
      }
    }
  }
}
