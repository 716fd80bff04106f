package org.parvis.sortition;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MAXIMIN and LEXIMIN by column generation, following Flanigan et al. (Nature 2021) but over
 * units (feature-profile types with counts, or people when households matter).
 *
 * <p>Each stage solves the dual of "maximise z such that every open unit has probability >= z and
 * every fixed unit keeps its fixed probability" restricted to the panels found so far:
 * minimise {@code cap - sum_fixed pi_u y_u} subject to {@code sum_u y_u c_u / n_u <= cap} for
 * every known panel c and {@code sum_open y_u = 1}, {@code y >= 0}. The pricing integer program
 * looks for the panel maximising {@code sum_u y_u c_u / n_u}; if it beats {@code cap}, it becomes a
 * new constraint, else y is dual-optimal and every open unit with {@code y_u > 0} is fixed at the
 * stage value (complementary slackness: no optimal distribution gives it more). LEXIMIN repeats
 * until every unit is fixed; MAXIMIN stops after the first stage. A final LP finds the distribution
 * over the generated panels that meets the fixed probabilities.
 */
final class ColumnGeneration {
  /** Pricing tolerance: a panel must beat the cap by this much to be added. */
  private static final double PRICE_EPS = 1e-9;
  /** Dual weights above this mark a unit as tight. */
  private static final double DUAL_EPS = 1e-7;

  private final Units units;
  private final ProgressListener listener;
  private final List<int[]> panels = new ArrayList<>();
  private final Set<String> panelKeys = new HashSet<>();

  private final PanelOracle.Solver pricing;
  /** Time spent, for profiles (nanoseconds): LP solves, pricing calls; and counts. */
  long lpNanos;
  long pricingNanos;
  int lpSolves;
  int pricingCalls;
  int stages;

  ColumnGeneration(Units units, ProgressListener listener, PanelOracle.Solver pricing) {
    this.units = units;
    this.listener = listener;
    this.pricing = pricing;
  }

  ColumnGeneration(Units units, ProgressListener listener) {
    this(units, listener, PanelOracle.Solver.configured());
  }

  Distribution solve(Algorithm algorithm) {
    NativeLibraries.load();
    int n = units.count;
    double[] fixed = new double[n];
    boolean[] isFixed = new boolean[n];
    int fixedCount = 0;
    try (PanelOracle oracle = new PanelOracle(units, pricing)) {
      // Seed panels: repeatedly ask for a panel with as many not-yet-covered people as possible.
      // When the best such panel covers none, the uncovered units are in no feasible panel and
      // get probability 0 from the start.
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
      listener.onProgress(new Progress(algorithm.name().toLowerCase(), fixedCount, n,
          panels.size(), Double.NaN, Double.NaN));

      DualLp lp = new DualLp();
      try {
        while (fixedCount < n) {
          lp.build(isFixed, fixed);
          double value;
          double[] weight = new double[n];
          double[] dual;
          while (true) {
            lp.addNewPanels();
            long t0 = Cpu.nanos();
            dual = lp.solve(isFixed, fixed);
            lpNanos += Cpu.nanos() - t0;
            lpSolves++;
            for (int u = 0; u < n; u++) {
              weight[u] = Math.max(0, dual[u]) / units.size[u];
            }
            value = lp.objective;
            long t1 = Cpu.nanos();
            int[] best = oracle.maximise(weight);
            pricingNanos += Cpu.nanos() - t1;
            pricingCalls++;
            double bestValue = dot(weight, best);
            listener.onProgress(new Progress(algorithm.name().toLowerCase(), fixedCount, n,
                panels.size(), value, value + Math.max(0, bestValue - lp.cap)));
            if (bestValue <= lp.cap + PRICE_EPS || !addPanel(best)) {
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
            // Every open unit gets at least the maximin level; the rest is free.
            for (int u = 0; u < n; u++) {
              if (!isFixed[u]) {
                fixed[u] = value;
              }
            }
            break;
          }
        }
      } finally {
        lp.close();
      }
    }
    Distribution result = finalDistribution(units, panels, algorithm, fixed);
    listener.onProgress(new Progress(algorithm.name().toLowerCase(), n, n, panels.size(),
        result.minProbability(), result.minProbability()));
    return result;
  }

  /** The restricted dual LP (GLOP), grown by one row per panel; rebuilt if GLOP gives up. */
  private final class DualLp {
    private MPSolver lp;
    private MPVariable[] y;
    private MPVariable capVar;
    private int rows;
    double cap;
    double objective;

    void build(boolean[] isFixed, double[] fixed) {
      close();
      int n = units.count;
      lp = MPSolver.createSolver("GLOP");
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
      addNewPanels();
    }

    void addNewPanels() {
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

    double[] solve(boolean[] isFixed, double[] fixed) {
      MPSolver.ResultStatus status = lp.solve();
      if (status != MPSolver.ResultStatus.OPTIMAL) {
        build(isFixed, fixed);
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

    void close() {
      if (lp != null) {
        lp.delete();
        lp = null;
      }
    }
  }

  /** Distribution over the generated panels giving each unit at least its fixed probability. */
  static Distribution finalDistribution(Units units, List<int[]> panels, Algorithm algorithm,
      double[] target) {
    int n = units.count;
    MPSolver lp = MPSolver.createSolver("GLOP");
    try {
      MPVariable[] lambda = new MPVariable[panels.size()];
      MPConstraint sum = lp.makeConstraint(1, 1, "sum");
      for (int p = 0; p < lambda.length; p++) {
        lambda[p] = lp.makeNumVar(0, 1, "l" + p);
        sum.setCoefficient(lambda[p], 1);
      }
      MPVariable slack = lp.makeNumVar(-1, 1, "s");
      for (int u = 0; u < n; u++) {
        MPConstraint row = lp.makeConstraint(target[u], MPSolver.infinity(), "u" + u);
        for (int p = 0; p < lambda.length; p++) {
          int c = panels.get(p)[u];
          if (c != 0) {
            row.setCoefficient(lambda[p], (double) c / units.size[u]);
          }
        }
        row.setCoefficient(slack, -1);
      }
      lp.objective().setCoefficient(slack, 1);
      lp.objective().setMaximization();
      if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
        throw new IllegalStateException("Final LP failed");
      }
      List<int[]> support = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      double total = 0;
      for (int p = 0; p < lambda.length; p++) {
        double l = lambda[p].solutionValue();
        if (l > 1e-12) {
          support.add(panels.get(p));
          weights.add(l);
          total += l;
        }
      }
      double[] probability = new double[support.size()];
      double[] unitProbability = new double[n];
      for (int p = 0; p < probability.length; p++) {
        probability[p] = weights.get(p) / total;
        int[] panel = support.get(p);
        for (int u = 0; u < n; u++) {
          unitProbability[u] += probability[p] * panel[u] / units.size[u];
        }
      }
      return new Distribution(algorithm, units, support, probability, unitProbability);
    } finally {
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
