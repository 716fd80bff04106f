package org.parvis.sortition;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A verifiable lottery (Flanigan, Gölz, Gupta, Procaccia, "Fair sortition made transparent",
 * NeurIPS 2021): the distribution is rounded to M equally likely panels, published with its hash
 * before the draw, and the panel is then picked from a public seed.
 *
 * <p>Rounding: each support panel p of probability λ_p appears {@code floor(M λ_p) + b_p} times
 * with {@code b_p ∈ {0,1}} and {@code Σ = M}; an integer program (CP-SAT with a deterministic
 * time limit so that it is reproducible, started from and never worse than largest remainders)
 * chooses the b_p minimising the largest deviation between a type's exact probability and its
 * share of the M panels. Within a type, the type's seats are dealt to its
 * members round-robin across the M panels, so members of a type differ by at most one
 * appearance; {@link #maxDeviation()} is measured per person on the final M panels.
 *
 * <p>Publication text (hashed with SHA-256 into {@link #hash()}):
 * <pre>
 * parvis-lottery/1
 * pool	POOL_HASH          ({@link PoolHash})
 * panels	M
 * ID,ID,…                  (one line per panel, ids sorted, panels in order 0…M-1)
 * </pre>
 * The draw: {@code index = SHA-256(UTF-8(hash + "\n" + seed))} read as an unsigned big-endian
 * integer, modulo M; anyone can recompute it (docs/sortition.md has a one-line script).
 */
public final class Lottery {
  /**
   * Default effort of the rounding integer program, in CP-SAT deterministic seconds: a
   * deterministic limit (not wall-clock time) keeps the rounding, hence the published lottery,
   * reproducible on any machine.
   */
  public static final double DEFAULT_ROUNDING_EFFORT = 3.0;

  private final SortitionProblem problem;
  private final String poolHash;
  private final List<int[]> panels;
  private final double maxDeviation;
  private final String publication;
  private final String hash;

  private Lottery(SortitionProblem problem, List<int[]> panels, double[] exact) {
    this.problem = problem;
    this.poolHash = PoolHash.of(problem);
    this.panels = List.copyOf(panels);
    int[] appearances = new int[problem.people().size()];
    for (int[] panel : panels) {
      for (int i : panel) {
        appearances[i]++;
      }
    }
    double worst = 0;
    for (int i = 0; i < appearances.length; i++) {
      worst = Math.max(worst, Math.abs((double) appearances[i] / panels.size() - exact[i]));
    }
    this.maxDeviation = worst;
    StringBuilder s = new StringBuilder("parvis-lottery/1\n");
    s.append("pool\t").append(poolHash).append('\n');
    s.append("panels\t").append(panels.size()).append('\n');
    for (int[] panel : panels) {
      s.append(String.join(",", ids(panel))).append('\n');
    }
    this.publication = s.toString();
    this.hash = PoolHash.sha256Hex(publication);
  }

  /** Rounds a MAXIMIN/LEXIMIN distribution to {@code m} equally likely panels. */
  public static Lottery of(Distribution distribution, int m) {
    return of(distribution, m, DEFAULT_ROUNDING_EFFORT);
  }

  /** As {@link #of(Distribution, int)}, with the rounding effort in deterministic seconds. */
  public static Lottery of(Distribution distribution, int m, double roundingEffort) {
    if (distribution.panelCount() == 0) {
      throw new IllegalArgumentException("A lottery needs a distribution over panels"
          + " (MAXIMIN or LEXIMIN), not a Monte-Carlo estimate");
    }
    if (m < 1) {
      throw new IllegalArgumentException("M must be positive");
    }
    Units units = distribution.units;
    int[] copies = round(distribution, m, roundingEffort);
    int[] next = new int[units.count];
    List<int[]> panels = new ArrayList<>();
    for (int p = 0; p < copies.length; p++) {
      int[] counts = distribution.panels.get(p);
      for (int copy = 0; copy < copies[p]; copy++) {
        int[] people = new int[distribution.problem().panelSize()];
        int seat = 0;
        for (int u = 0; u < units.count; u++) {
          int[] members = units.members.get(u);
          for (int j = 0; j < counts[u]; j++) {
            people[seat++] = members[next[u]];
            next[u] = (next[u] + 1) % members.length;
          }
        }
        panels.add(people);
      }
    }
    return new Lottery(distribution.problem(), panels, distribution.probabilities());
  }

  private static int[] round(Distribution d, int m, double effort) {
    int panels = d.panelCount();
    Units units = d.units;
    int[] floor = new int[panels];
    int missing = m;
    for (int p = 0; p < panels; p++) {
      floor[p] = (int) Math.floor(d.panelProbability(p) * m + 1e-9);
      missing -= floor[p];
    }
    int[] copies = largestRemainders(d, m, floor, missing);
    NativeLibraries.load();
    return roundWithCpSat(d, m, floor, missing, copies, effort);
  }

  /**
   * CP-SAT on the rounding problem: deviations scaled to integers (10^6 per person-appearance),
   * one worker and a deterministic-time limit (not wall-clock), so the result is reproducible.
   */
  private static int[] roundWithCpSat(
      Distribution d, int m, int[] floor, int missing, int[] start, double effort) {
    final long scale = 1_000_000L;
    int panels = d.panelCount();
    Units units = d.units;
    com.google.ortools.sat.CpModel model = new com.google.ortools.sat.CpModel();
    com.google.ortools.sat.IntVar[] up = new com.google.ortools.sat.IntVar[panels];
    for (int p = 0; p < panels; p++) {
      up[p] = model.newIntVar(0, 1, "b" + p);
      model.addHint(up[p], start[p] - floor[p]);
    }
    model.addEquality(com.google.ortools.sat.LinearExpr.sum(up), missing);
    com.google.ortools.sat.IntVar deviation =
        model.newIntVar(0, scale * d.problem().panelSize() * 2, "D");
    double[] exact = unitProbabilities(d);
    for (int u = 0; u < units.count; u++) {
      double residual = exact[u] * units.size[u] * m;
      long[] coefficients = new long[panels + 1];
      for (int p = 0; p < panels; p++) {
        residual -= (double) floor[p] * d.panels.get(p)[u];
        coefficients[p] = scale * d.panels.get(p)[u];
      }
      long target = Math.round(residual * scale);
      com.google.ortools.sat.IntVar[] vars = Arrays.copyOf(up, panels + 1);
      vars[panels] = deviation;
      coefficients[panels] = -units.size[u];
      model.addLessOrEqual(com.google.ortools.sat.LinearExpr.weightedSum(vars, coefficients),
          target);
      coefficients[panels] = units.size[u];
      model.addGreaterOrEqual(com.google.ortools.sat.LinearExpr.weightedSum(vars, coefficients),
          target);
    }
    model.minimize(deviation);
    com.google.ortools.sat.CpSolver solver = new com.google.ortools.sat.CpSolver();
    solver.getParameters().setNumWorkers(1);
    solver.getParameters().setMaxDeterministicTime(effort);
    com.google.ortools.sat.CpSolverStatus status = solver.solve(model);
    if (status == com.google.ortools.sat.CpSolverStatus.OPTIMAL
        || status == com.google.ortools.sat.CpSolverStatus.FEASIBLE) {
      int[] rounded = new int[panels];
      for (int p = 0; p < panels; p++) {
        rounded[p] = floor[p] + (int) solver.value(up[p]);
      }
      if (unitDeviation(d, rounded, m) <= unitDeviation(d, start, m)) {
        return rounded;
      }
    }
    return start;
  }

  private static int[] largestRemainders(Distribution d, int m, int[] floor, int missing) {
    int[] copies = floor.clone();
    Integer[] order = new Integer[copies.length];
    for (int p = 0; p < order.length; p++) {
      order[p] = p;
    }
    Arrays.sort(order, Comparator.comparingDouble(
        (Integer p) -> -(d.panelProbability(p) * m - floor[p])).thenComparing(p -> p));
    for (int i = 0; i < missing; i++) {
      copies[order[i % order.length]]++;
    }
    return copies;
  }

  private static double[] unitProbabilities(Distribution d) {
    double[] exact = new double[d.units.count];
    for (int p = 0; p < d.panelCount(); p++) {
      for (int u = 0; u < exact.length; u++) {
        exact[u] += d.panelProbability(p) * d.panels.get(p)[u] / d.units.size[u];
      }
    }
    return exact;
  }

  private static double unitDeviation(Distribution d, int[] copies, int m) {
    double[] exact = unitProbabilities(d);
    double worst = 0;
    for (int u = 0; u < exact.length; u++) {
      double share = 0;
      for (int p = 0; p < copies.length; p++) {
        share += (double) copies[p] * d.panels.get(p)[u] / d.units.size[u] / m;
      }
      worst = Math.max(worst, Math.abs(share - exact[u]));
    }
    return worst;
  }

  private List<String> ids(int[] panel) {
    List<String> ids = new ArrayList<>();
    for (int i : panel) {
      ids.add(problem.people().get(i).id());
    }
    ids.sort(Comparator.naturalOrder());
    return ids;
  }

  public String poolHash() {
    return poolHash;
  }

  /** SHA-256 (hex) of {@link #publication()}: publish it before the seed is known. */
  public String hash() {
    return hash;
  }

  public String publication() {
    return publication;
  }

  public int size() {
    return panels.size();
  }

  /** Largest |share of the M panels containing a person − exact probability| over people. */
  public double maxDeviation() {
    return maxDeviation;
  }

  /** Panel index drawn by a public seed. */
  public int drawIndex(String seed) {
    return drawIndex(hash, seed, panels.size());
  }

  /** {@code SHA-256(UTF-8(hash + "\n" + seed))} as an unsigned integer, modulo m. */
  public static int drawIndex(String lotteryHash, String seed, int m) {
    byte[] digest = PoolHash.sha256((lotteryHash + "\n" + seed).getBytes(StandardCharsets.UTF_8));
    return new BigInteger(1, digest).mod(BigInteger.valueOf(m)).intValue();
  }

  /** The people of panel {@code index}, in pool order. */
  public List<Person> panel(int index) {
    int[] members = panels.get(index).clone();
    Arrays.sort(members);
    List<Person> people = new ArrayList<>();
    for (int i : members) {
      people.add(problem.people().get(i));
    }
    return people;
  }

  public List<Person> draw(String seed) {
    return panel(drawIndex(seed));
  }
}
