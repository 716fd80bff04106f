package org.parvis.sortition;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The same exact MAXIMIN / LEXIMIN as {@link ColumnGeneration} (same stages, same restricted dual
 * LP, same fixing by complementary slackness, same final LP), made fast for pools whose volunteers
 * do not collapse into a few profiles (see docs/sortition.md, "Profile"):
 *
 * <ul>
 *   <li><b>Heuristic pricing first, many columns per round.</b> Each round starts a
 *       {@link SwapSearch} from the known panels that are best under the current dual weights and
 *       adds every distinct local optimum that beats the cap (up to {@value #STARTS} panels). The
 *       exact integer program is only called when the heuristic finds nothing; a stage ends, as in
 *       the reference, only when it proves that no panel beats the cap, so the result is exact.
 *   <li><b>SCIP for the exact pricing.</b> At the end of a stage the dual weights have many
 *       near-ties and CP-SAT (the reference's pricing) can take minutes to prove optimality where
 *       SCIP takes a fraction of a second (docs/sortition.md, "Profile").
 * </ul>
 *
 * <p>The restricted LP is the reference's dual form on GLOP by default;
 * {@code -Dparvis.sortition.lp-form=primal} (one column per panel),
 * {@code -Dparvis.sortition.lp=CLP} and {@code -Dparvis.sortition.lp-presolve=off} select the
 * variants measured in the profile.
 */
final class FastColumnGeneration {
  private static final double PRICE_EPS = 1e-9;
  private static final double DUAL_EPS = 1e-7;
  /** Known panels the local search starts from in one round. */
  private static final int STARTS = 12;
  private static final double FIXED_SLACK = 1e-9;
  private static final boolean PRIMAL =
      "primal".equals(System.getProperty("parvis.sortition.lp-form", "dual"));
  private static final boolean PRESOLVE =
      !"off".equals(System.getProperty("parvis.sortition.lp-presolve", "on"));
  private static final String LP_ENGINE = System.getProperty("parvis.sortition.lp", "GLOP");

  private final Units units;
  private final ProgressListener listener;
  private final List<int[]> panels = new ArrayList<>();
  private final Set<String> panelKeys = new HashSet<>();
  private final PanelOracle.Solver pricing;

  long lpNanos;
  long pricingNanos;
  long heuristicNanos;
  int lpSolves;
  int pricingCalls;
  int heuristicRounds;
  int stages;

  FastColumnGeneration(Units units, ProgressListener listener, PanelOracle.Solver pricing) {
    this.units = units;
    this.listener = listener;
    this.pricing = pricing;
  }

  FastColumnGeneration(Units units, ProgressListener listener) {
    this(units, listener, PanelOracle.Solver.SCIP);
  }

  Distribution solve(Algorithm algorithm) {
    NativeLibraries.load();
    int n = units.count;
    double[] fixed = new double[n];
    boolean[] isFixed = new boolean[n];
    int fixedCount = 0;
    String phase = algorithm.name().toLowerCase(java.util.Locale.ROOT);
    SwapSearch search = new SwapSearch(units);
    try (PanelOracle oracle = new PanelOracle(units, pricing)) {
      // Seed panels exactly as the reference does (this also finds the units in no panel).
      boolean[] covered = new boolean[n];
      double[] w = new double[n];
      while (true) {
        boolean open = false;
        for (int u = 0; u < n; u++) {
          w[u] = covered[u] ? 0 : 1;
          open |= !covered[u];
        }
        if (!open) {
          break;
        }
        int[] panel = oracle.maximise(w);
        if (panel == null) {
          throw new InfeasibleQuotasException(QuotaRelaxation.suggest(units.problem));
        }
        if (dot(w, panel) < 0.5) {
          for (int u = 0; u < n; u++) {
            if (!covered[u]) {
              isFixed[u] = true;
              fixedCount++;
            }
          }
          break;
        }
        for (int u = 0; u < n; u++) {
          covered[u] |= panel[u] > 0;
        }
        addPanel(panel);
      }
      listener.onProgress(new Progress(phase, fixedCount, n, panels.size(), Double.NaN,
          Double.NaN));

      RestrictedLp lp = null;
      try {
        while (fixedCount < n) {
          if (lp != null) {
            lp.close();
          }
          lp = newLp(isFixed, fixed);
          double value;
          double[] weight = new double[n];
          double[] dual;
          while (true) {
            long t0 = Cpu.nanos();
            dual = lp.solve(isFixed);
            lpNanos += Cpu.nanos() - t0;
            lpSolves++;
            for (int u = 0; u < n; u++) {
              weight[u] = Math.max(0, dual[u]) / units.size[u];
            }
            value = lp.objective();
            long t1 = Cpu.nanos();
            boolean added = heuristic(search, weight, lp.cap());
            heuristicNanos += Cpu.nanos() - t1;
            heuristicRounds++;
            if (added) {
              listener.onProgress(new Progress(phase, fixedCount, n, panels.size(), value,
                  Double.NaN));
              continue;
            }
            long t2 = Cpu.nanos();
            int[] best = oracle.maximise(weight);
            pricingNanos += Cpu.nanos() - t2;
            pricingCalls++;
            double bestValue = dot(weight, best);
            listener.onProgress(new Progress(phase, fixedCount, n, panels.size(), value,
                value + Math.max(0, bestValue - lp.cap())));
            if (bestValue <= lp.cap() + PRICE_EPS || !addPanel(best)) {
              break;
            }
          }
          value = Math.min(1, Math.max(0, value));
          stages++;
          int newlyFixed = 0;
          for (int u = 0; u < n; u++) {
            if (!isFixed[u] && dual[u] > DUAL_EPS) {
              isFixed[u] = true;
              fixed[u] = value;
              newlyFixed++;
            }
          }
          if (newlyFixed == 0) {
            throw new IllegalStateException("Column generation made no progress");
          }
          fixedCount += newlyFixed;
          if (algorithm == Algorithm.MAXIMIN) {
            for (int u = 0; u < n; u++) {
              if (!isFixed[u]) {
                fixed[u] = value;
              }
            }
            break;
          }
        }
      } finally {
        if (lp != null) {
          lp.close();
        }
      }
    }
    Distribution result = ColumnGeneration.finalDistribution(units, panels, algorithm, fixed);
    listener.onProgress(new Progress(phase, n, n, panels.size(), result.minProbability(),
        result.minProbability()));
    return result;
  }

  /**
   * Local search from the known panels of highest value under {@code weight}; adds every new
   * panel beating {@code cap}; whether it added one.
   */
  private boolean heuristic(SwapSearch search, double[] weight, double cap) {
    int count = panels.size();
    double[] value = new double[count];
    Integer[] byValue = new Integer[count];
    for (int p = 0; p < count; p++) {
      value[p] = dot(weight, panels.get(p));
      byValue[p] = p;
    }
    Arrays.sort(byValue, (a, b) -> a.equals(b) ? 0
        : value[a] != value[b] ? Double.compare(value[b], value[a]) : Integer.compare(a, b));
    Integer[] order = search.order(weight);
    boolean added = false;
    for (int s = 0; s < Math.min(STARTS, count); s++) {
      int[] panel = search.improve(panels.get(byValue[s]), weight, order);
      if (dot(weight, panel) > cap + PRICE_EPS && addPanel(panel)) {
        added = true;
      }
    }
    return added;
  }

  /**
   * The restricted LP in its primal form, one column per panel: maximise z such that every open
   * unit's probability {@code sum_p lambda_p c_pu / n_u >= z}, every fixed unit's is at least its
   * fixed value, {@code sum lambda = 1}. Its basis has one row per unit (not one per panel, as
   * the dual form would), new panels are new columns (the primal simplex continues from the
   * previous basis); it is rebuilt at each stage (a handful per run). The row duals are the dual weights y of the reference's dual LP.
   */
  private interface RestrictedLp {
    /** Adds the panels found since the last call, solves, returns the dual weights y. */
    double[] solve(boolean[] isFixed);

    double cap();

    double objective();

    void close();
  }

  private RestrictedLp newLp(boolean[] isFixed, double[] fixed) {
    return PRIMAL ? new PrimalLp(isFixed, fixed) : new DualLp(isFixed, fixed);
  }

  /** The reference's restricted dual LP (one row per panel), new rows warm-started by GLOP. */
  private final class DualLp implements RestrictedLp {
    private MPSolver lp;
    private MPVariable[] y;
    private MPVariable capVar;
    private int rows;
    private final MPSolverParameters parameters = new MPSolverParameters();
    private final boolean[] isFixed;
    private final double[] fixed;
    private double cap;
    private double objective;

    DualLp(boolean[] isFixed, double[] fixed) {
      if (!PRESOLVE) {
        parameters.setIntegerParam(MPSolverParameters.IntegerParam.PRESOLVE,
            MPSolverParameters.PresolveValues.PRESOLVE_OFF.swigValue());
      }
      this.isFixed = isFixed.clone();
      this.fixed = fixed.clone();
      build();
    }

    private void build() {
      int n = units.count;
      lp = MPSolver.createSolver(LP_ENGINE);
      y = new MPVariable[n];
      for (int u = 0; u < n; u++) {
        y[u] = lp.makeNumVar(0, MPSolver.infinity(), "y" + u);
      }
      capVar = lp.makeNumVar(-MPSolver.infinity(), MPSolver.infinity(), "cap");
      MPConstraint open = lp.makeConstraint(1, 1, "open");
      for (int u = 0; u < n; u++) {
        open.setCoefficient(y[u], isFixed[u] ? 0 : 1);
        lp.objective().setCoefficient(y[u], isFixed[u] ? -fixed[u] : 0);
      }
      lp.objective().setCoefficient(capVar, 1);
      lp.objective().setMinimization();
      rows = 0;
    }

    private void addNewPanels() {
      for (; rows < panels.size(); rows++) {
        int[] panel = panels.get(rows);
        MPConstraint row = lp.makeConstraint(-MPSolver.infinity(), 0, "p" + rows);
        for (int u = 0; u < units.count; u++) {
          if (panel[u] != 0) {
            row.setCoefficient(y[u], (double) panel[u] / units.size[u]);
          }
        }
        row.setCoefficient(capVar, -1);
      }
    }

    @Override
    public double[] solve(boolean[] ignored) {
      addNewPanels();
      MPSolver.ResultStatus status = lp.solve(parameters);
      if (status != MPSolver.ResultStatus.OPTIMAL) {
        lp.delete();
        build();
        addNewPanels();
        status = lp.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL) {
          throw new IllegalStateException("LP solver failed: " + status);
        }
      }
      cap = capVar.solutionValue();
      objective = lp.objective().value();
      double[] dual = new double[units.count];
      for (int u = 0; u < dual.length; u++) {
        dual[u] = y[u].solutionValue();
      }
      return dual;
    }

    @Override
    public double cap() {
      return cap;
    }

    @Override
    public double objective() {
      return objective;
    }

    @Override
    public void close() {
      lp.delete();
    }
  }

  private final class PrimalLp implements RestrictedLp {
    private MPSolver lp;
    private MPConstraint[] row;
    private MPConstraint convexity;
    private MPVariable z;
    private final boolean[] isFixed;
    private final double[] fixed;
    private final MPSolverParameters parameters = new MPSolverParameters();
    private int columns;
    private double cap;
    private double objective;

    PrimalLp(boolean[] isFixed, double[] fixed) {
      if (!PRESOLVE) {
        parameters.setIntegerParam(MPSolverParameters.IntegerParam.PRESOLVE,
            MPSolverParameters.PresolveValues.PRESOLVE_OFF.swigValue());
      }
      this.isFixed = isFixed.clone();
      this.fixed = fixed.clone();
      build();
    }

    private void build() {
      int n = units.count;
      columns = 0;
      lp = MPSolver.createSolver(LP_ENGINE);
      if (lp == null) {
        throw new IllegalStateException("OR-Tools LP solver " + LP_ENGINE + " unavailable");
      }
      z = lp.makeNumVar(-MPSolver.infinity(), MPSolver.infinity(), "z");
      row = new MPConstraint[n];
      for (int u = 0; u < n; u++) {
        row[u] = lp.makeConstraint(0, MPSolver.infinity(), "u" + u);
      }
      convexity = lp.makeConstraint(1, 1, "sum");
      for (int u = 0; u < n; u++) {
        row[u].setCoefficient(z, isFixed[u] ? 0 : -1);
        // A hair below the level: the previous stage reached it only up to the LP's tolerance.
        row[u].setLb(isFixed[u] ? Math.max(0, fixed[u] - FIXED_SLACK) : 0);
      }
      lp.objective().setCoefficient(z, 1);
      lp.objective().setMaximization();
    }

    void addNewPanels() {
      for (; columns < panels.size(); columns++) {
        int[] panel = panels.get(columns);
        MPVariable lambda = lp.makeNumVar(0, MPSolver.infinity(), "l" + columns);
        for (int u = 0; u < units.count; u++) {
          if (panel[u] != 0) {
            row[u].setCoefficient(lambda, (double) panel[u] / units.size[u]);
          }
        }
        convexity.setCoefficient(lambda, 1);
      }
    }

    @Override
    public double cap() {
      return cap;
    }

    @Override
    public double objective() {
      return objective;
    }

    @Override
    public double[] solve(boolean[] isFixed) {
      addNewPanels();
      MPSolver.ResultStatus status = lp.solve(parameters);
      if (status != MPSolver.ResultStatus.OPTIMAL) {
        // Rare numerical trouble of the warm start: solve a fresh copy from scratch.
        lp.delete();
        build();
        addNewPanels();
        status = lp.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL) {
          throw new IllegalStateException("LP solver failed: " + status + " at solve " + lpSolves + ", stage " + stages + ", " + panels.size() + " panels");
        }
      }
      objective = z.solutionValue();
      double[] dual = new double[units.count];
      double open = 0;
      for (int u = 0; u < dual.length; u++) {
        dual[u] = row[u].dualValue();
        open += isFixed[u] ? 0 : dual[u];
      }
      if (open < 0) {
        // Sign convention of the solver for a maximisation: the weights sum to 1 over open units.
        for (int u = 0; u < dual.length; u++) {
          dual[u] = -dual[u];
        }
      }
      cap = Double.NEGATIVE_INFINITY;
      double[] weight = new double[dual.length];
      for (int u = 0; u < dual.length; u++) {
        weight[u] = Math.max(0, dual[u]) / units.size[u];
      }
      for (int[] panel : panels) {
        cap = Math.max(cap, dot(weight, panel));
      }
      return dual;
    }

    @Override
    public void close() {
      lp.delete();
    }
  }

  private boolean addPanel(int[] panel) {
    if (panelKeys.add(Arrays.toString(panel))) {
      panels.add(panel);
      return true;
    }
    return false;
  }

  private static double dot(double[] w, int[] c) {
    double s = 0;
    for (int i = 0; i < w.length; i++) {
      s += w[i] * c[i];
    }
    return s;
  }
}
