package org.parvis.sortition;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * The smallest change of quotas that makes a panel possible: an integer program over the same
 * units as the panel search, where each quota may be widened (min lowered, max raised) at a cost
 * of one per person of widening; it minimises the total widening. {@link #changes} is empty when
 * the quotas were feasible; {@link #poolTooSmall} when no relaxation can help.
 */
public record QuotaRelaxation(List<Change> changes, boolean poolTooSmall) {

  /** A quota to widen from {@code min..max} to {@code newMin..newMax}. */
  public record Change(String category, String value, int min, int max, int newMin, int newMax) {
    @Override
    public String toString() {
      return category + "/" + value + ": " + min + ".." + max + " -> " + newMin + ".." + newMax;
    }
  }

  public String explanation() {
    if (poolTooSmall) {
      return "No panel is possible: the pool cannot provide enough people for the panel size"
          + " (even ignoring quotas).";
    }
    if (changes.isEmpty()) {
      return "The quotas are feasible.";
    }
    StringBuilder s = new StringBuilder(
        "No panel satisfies the quotas. Smallest relaxation that makes a panel possible: ");
    for (int i = 0; i < changes.size(); i++) {
      s.append(i == 0 ? "" : "; ").append(changes.get(i));
    }
    return s.toString();
  }

  /** Computes the smallest relaxation (empty if the quotas are feasible). */
  public static QuotaRelaxation suggest(SortitionProblem problem) {
    NativeLibraries.load();
    Units units = new Units(problem);
    MPSolver solver = MPSolver.createSolver("SCIP");
    try {
      MPVariable[] x = new MPVariable[units.count];
      MPConstraint total = solver.makeConstraint(problem.panelSize(), problem.panelSize(), "k");
      for (int u = 0; u < units.count; u++) {
        x[u] = solver.makeIntVar(0, units.size[u], "x" + u);
        total.setCoefficient(x[u], 1);
      }
      for (int[] h : units.exclusive) {
        MPConstraint household = solver.makeConstraint(0, 1, "h");
        for (int u : h) {
          household.setCoefficient(x[u], 1);
        }
      }
      Quotas q = problem.quotas();
      List<QuotaValue> all = new ArrayList<>();
      List<MPVariable[]> slack = new ArrayList<>();
      for (int c = 0; c < q.categoryCount(); c++) {
        for (int v = 0; v < q.valueCount(c); v++) {
          QuotaValue qv = q.quota(c, v);
          MPVariable down = solver.makeIntVar(0, qv.min(), "d");
          MPVariable up = solver.makeIntVar(0, problem.panelSize(), "u");
          MPConstraint lower = solver.makeConstraint(qv.min(), MPSolver.infinity(), "lo");
          MPConstraint upper = solver.makeConstraint(-MPSolver.infinity(), qv.max(), "hi");
          for (int u = 0; u < units.count; u++) {
            if (units.values[u][c] == v) {
              lower.setCoefficient(x[u], 1);
              upper.setCoefficient(x[u], 1);
            }
          }
          lower.setCoefficient(down, 1);
          upper.setCoefficient(up, -1);
          solver.objective().setCoefficient(down, 1);
          solver.objective().setCoefficient(up, 1);
          all.add(qv);
          slack.add(new MPVariable[] {down, up});
        }
      }
      solver.objective().setMinimization();
      MPSolver.ResultStatus status = solver.solve();
      if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
        return new QuotaRelaxation(List.of(), true);
      }
      List<Change> changes = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        int down = (int) Math.round(slack.get(i)[0].solutionValue());
        int up = (int) Math.round(slack.get(i)[1].solutionValue());
        if (down > 0 || up > 0) {
          QuotaValue qv = all.get(i);
          changes.add(new Change(qv.category(), qv.value(), qv.min(), qv.max(),
              qv.min() - down, qv.max() + up));
        }
      }
      return new QuotaRelaxation(List.copyOf(changes), false);
    } finally {
      solver.delete();
    }
  }
}
