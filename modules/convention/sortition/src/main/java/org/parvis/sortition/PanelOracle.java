package org.parvis.sortition;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

/**
 * Finds feasible panels by integer programming: integer count per unit within its size, panel
 * size, quota bounds, at most one per household. Solved by CP-SAT ({@link CpSatPanelOracle}) or by
 * SCIP through MPSolver.
 */
final class PanelOracle implements AutoCloseable {
  private final Units units;
  private final MPSolver solver;
  private final MPVariable[] x;
  private final MPSolverParameters parameters = new MPSolverParameters();

  /** The integer-programming solver used for pricing. */
  enum Solver {
    CP_SAT,
    SCIP;

    /** CP-SAT (faster on these small models) unless -Dparvis.sortition.pricing=scip. */
    static Solver configured() {
      return "scip".equalsIgnoreCase(System.getProperty("parvis.sortition.pricing", "cpsat"))
          ? SCIP : CP_SAT;
    }
  }

  private final CpSatPanelOracle cpSat;

  PanelOracle(Units units, Solver choice) {
    NativeLibraries.load();
    cpSat = choice == Solver.CP_SAT ? new CpSatPanelOracle(units) : null;
    this.units = units;
    solver = MPSolver.createSolver("SCIP");
    if (solver == null) {
      throw new IllegalStateException("OR-Tools SCIP solver unavailable");
    }
    parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-10);
    x = new MPVariable[units.count];
    for (int u = 0; u < units.count; u++) {
      x[u] = solver.makeIntVar(0, units.size[u], "x" + u);
    }
    int k = units.problem.panelSize();
    MPConstraint total = solver.makeConstraint(k, k, "size");
    for (MPVariable v : x) {
      total.setCoefficient(v, 1);
    }
    Quotas q = units.problem.quotas();
    for (int c = 0; c < q.categoryCount(); c++) {
      for (int val = 0; val < q.valueCount(c); val++) {
        QuotaValue qv = q.quota(c, val);
        MPConstraint quota = solver.makeConstraint(qv.min(), qv.max(), "q" + c + "_" + val);
        for (int u = 0; u < units.count; u++) {
          if (units.values[u][c] == val) {
            quota.setCoefficient(x[u], 1);
          }
        }
      }
    }
    for (int[] h : units.exclusive) {
      MPConstraint household = solver.makeConstraint(0, 1, "h");
      for (int u : h) {
        household.setCoefficient(x[u], 1);
      }
    }
  }

  /** A panel maximising {@code sum weight[u] * count[u]}, or null if no panel is feasible. */
  int[] maximise(double[] weight) {
    if (cpSat != null) {
      return cpSat.maximise(weight);
    }
    MPObjective objective = solver.objective();
    for (int u = 0; u < units.count; u++) {
      objective.setCoefficient(x[u], weight[u]);
    }
    objective.setMaximization();
    MPSolver.ResultStatus status = solver.solve(parameters);
    if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
      return null;
    }
    int[] counts = new int[units.count];
    for (int u = 0; u < units.count; u++) {
      counts[u] = (int) Math.round(x[u].solutionValue());
    }
    if (!units.feasible(counts)) {
      throw new IllegalStateException("Integer solver returned an infeasible panel");
    }
    return counts;
  }

  @Override
  public void close() {
    solver.delete();
  }
}
