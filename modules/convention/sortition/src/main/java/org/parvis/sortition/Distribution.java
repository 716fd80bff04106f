package org.parvis.sortition;

import java.util.ArrayList;
import java.util.List;

/**
 * A probability distribution over feasible panels and the resulting selection probability of every
 * pool member (in pool order). Panels are stored as per-unit counts; {@link #panelMembers} and the
 * lottery turn them into people.
 */
public final class Distribution {
  private final Algorithm algorithm;
  final Units units;
  final List<int[]> panels;
  final double[] panelProbability;
  private final double[] personProbability;

  Distribution(Algorithm algorithm, Units units, List<int[]> panels, double[] panelProbability,
      double[] unitProbability) {
    this.algorithm = algorithm;
    this.units = units;
    this.panels = List.copyOf(panels);
    this.panelProbability = panelProbability.clone();
    this.personProbability = units.personProbabilities(unitProbability);
  }

  public Algorithm algorithm() {
    return algorithm;
  }

  public SortitionProblem problem() {
    return units.problem;
  }

  /** Selection probability of each pool member, in pool order. */
  public double[] probabilities() {
    return personProbability.clone();
  }

  public double minProbability() {
    double min = Double.POSITIVE_INFINITY;
    for (double p : personProbability) {
      min = Math.min(min, p);
    }
    return min;
  }

  /** Number of panels in the support (0 for Monte-Carlo estimates). */
  public int panelCount() {
    return panels.size();
  }

  public double panelProbability(int panel) {
    return panelProbability[panel];
  }

  /** Count of people per quota value in a panel, for checks: [category][value]. */
  public int[][] panelComposition(int panel) {
    Quotas q = units.problem.quotas();
    int[][] perValue = new int[q.categoryCount()][];
    for (int c = 0; c < perValue.length; c++) {
      perValue[c] = new int[q.valueCount(c)];
    }
    int[] counts = panels.get(panel);
    for (int u = 0; u < units.count; u++) {
      for (int c = 0; c < perValue.length; c++) {
        perValue[c][units.values[u][c]] += counts[u];
      }
    }
    return perValue;
  }

  /** Whether the panel respects size, quotas and households. */
  public boolean panelFeasible(int panel) {
    return units.feasible(panels.get(panel));
  }

  /** Indices of people in a panel, taking the first members of each type (for display/tests). */
  public List<Integer> panelMembers(int panel) {
    List<Integer> members = new ArrayList<>();
    int[] counts = panels.get(panel);
    for (int u = 0; u < units.count; u++) {
      for (int j = 0; j < counts[u]; j++) {
        members.add(units.members.get(u)[j]);
      }
    }
    return members;
  }
}
