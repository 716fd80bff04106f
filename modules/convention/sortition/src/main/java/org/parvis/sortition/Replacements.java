package org.parvis.sortition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Replacements for members who withdraw. The seated members stay; the open seats are filled by a
 * fresh LEXIMIN lottery over the rest of the pool (minus those who withdrew and, when households
 * are checked, the housemates of seated members) under residual quotas
 * {@code max(0, min − seated)..max − seated}, so that the completed panel meets the original
 * quotas. The draw is verifiable like the first one ({@link Lottery}).
 */
public final class Replacements {
  private Replacements() {}

  /** The residual problem: who may replace, under which quotas, for how many seats. */
  public static SortitionProblem residual(
      SortitionProblem problem, List<String> panelIds, List<String> withdrawnIds) {
    Set<String> withdrawn = new HashSet<>(withdrawnIds);
    Set<String> panel = new HashSet<>(panelIds);
    if (!panel.containsAll(withdrawn)) {
      throw new IllegalArgumentException("Only panel members can withdraw");
    }
    Quotas q = problem.quotas();
    int[][] seatedPerValue = new int[q.categoryCount()][];
    for (int c = 0; c < seatedPerValue.length; c++) {
      seatedPerValue[c] = new int[q.valueCount(c)];
    }
    Set<String> seatedHouseholds = new HashSet<>();
    int seated = 0;
    Set<String> known = new HashSet<>();
    for (Person p : problem.people()) {
      known.add(p.id());
      if (panel.contains(p.id()) && !withdrawn.contains(p.id())) {
        seated++;
        int[] values = p.values();
        for (int c = 0; c < values.length; c++) {
          seatedPerValue[c][values[c]]++;
        }
        if (p.household() != null) {
          seatedHouseholds.add(p.household());
        }
      }
    }
    if (!known.containsAll(panel)) {
      throw new IllegalArgumentException("Unknown panel member id");
    }
    List<QuotaValue> residualQuotas = new ArrayList<>();
    for (int c = 0; c < q.categoryCount(); c++) {
      for (int v = 0; v < q.valueCount(c); v++) {
        QuotaValue qv = q.quota(c, v);
        int s = seatedPerValue[c][v];
        if (s > qv.max()) {
          throw new IllegalArgumentException("Seated members already exceed " + qv.category() + "/"
              + qv.value());
        }
        residualQuotas.add(new QuotaValue(qv.category(), qv.value(), Math.max(0, qv.min() - s),
            qv.max() - s));
      }
    }
    List<Person> candidates = new ArrayList<>();
    for (Person p : problem.people()) {
      boolean blockedHousehold = problem.oneMemberPerHousehold() && p.household() != null
          && seatedHouseholds.contains(p.household());
      if (!panel.contains(p.id()) && !blockedHousehold) {
        candidates.add(p);
      }
    }
    return new SortitionProblem(new Quotas(residualQuotas), candidates,
        problem.panelSize() - seated, problem.oneMemberPerHousehold());
  }

  /** Draws replacements from a public seed; the lottery is returned for publication. */
  public static Lottery lottery(SortitionProblem problem, List<String> panelIds,
      List<String> withdrawnIds, int m, ProgressListener listener) {
    SortitionProblem residual = residual(problem, panelIds, withdrawnIds);
    return Lottery.of(FairSortition.probabilities(residual, Algorithm.LEXIMIN, listener), m);
  }
}
