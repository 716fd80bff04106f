package org.parvis.sortition;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;

/**
 * Panel search with CP-SAT (single worker, deterministic). The objective weights are scaled to
 * integers (largest weight ≈ 2^40), so a returned panel is optimal up to about
 * {@code k · 2^-40} relative to the largest weight; callers re-evaluate it in doubles.
 */
final class CpSatPanelOracle {
  private static final double SCALE = 1L << 40;
  private final Units units;
  private final CpModel model = new CpModel();
  private final IntVar[] x;

  CpSatPanelOracle(Units units) {
    NativeLibraries.load();
    this.units = units;
    x = new IntVar[units.count];
    for (int u = 0; u < units.count; u++) {
      x[u] = model.newIntVar(0, units.size[u], "x" + u);
    }
    int k = units.problem.panelSize();
    model.addLinearConstraint(LinearExpr.sum(x), k, k);
    Quotas q = units.problem.quotas();
    for (int c = 0; c < q.categoryCount(); c++) {
      for (int val = 0; val < q.valueCount(c); val++) {
        QuotaValue qv = q.quota(c, val);
        java.util.List<IntVar> with = new java.util.ArrayList<>();
        for (int u = 0; u < units.count; u++) {
          if (units.values[u][c] == val) {
            with.add(x[u]);
          }
        }
        model.addLinearConstraint(LinearExpr.sum(with.toArray(new IntVar[0])), qv.min(), qv.max());
      }
    }
    for (int[] h : units.exclusive) {
      IntVar[] members = new IntVar[h.length];
      for (int i = 0; i < h.length; i++) {
        members[i] = x[h[i]];
      }
      model.addLinearConstraint(LinearExpr.sum(members), 0, 1);
    }
  }

  int[] maximise(double[] weight) {
    double max = 0;
    for (double w : weight) {
      max = Math.max(max, Math.abs(w));
    }
    long[] scaled = new long[weight.length];
    for (int u = 0; u < weight.length; u++) {
      scaled[u] = max == 0 ? 0 : Math.round(weight[u] / max * SCALE);
    }
    model.clearObjective();
    model.maximize(LinearExpr.weightedSum(x, scaled));
    CpSolver solver = new CpSolver();
    solver.getParameters().setNumWorkers(1);
    // These models are tiny and solved ~100 times: presolve costs more than it saves.
    solver.getParameters().setCpModelPresolve(false);
    CpSolverStatus status = solver.solve(model);
    if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
      return null;
    }
    int[] counts = new int[units.count];
    for (int u = 0; u < units.count; u++) {
      counts[u] = (int) solver.value(x[u]);
    }
    return counts;
  }
}
