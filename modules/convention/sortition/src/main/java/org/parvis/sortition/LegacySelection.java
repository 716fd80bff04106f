package org.parvis.sortition;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The Sortition Foundation's legacy greedy procedure, as described by Flanigan et al.: repeatedly
 * take the quota value whose unmet minimum is largest relative to the people still available
 * ({@code (min - selected) / remaining}, ties broken at random), select a uniformly random
 * available person with that value, then remove everyone whose values have reached their maximum
 * (and, when households are checked, the selected person's housemates). A run that gets stuck is
 * retried. People of one type are interchangeable, so the run works on type counts.
 *
 * <p>Probabilities are Monte-Carlo estimates: {@code runs} independent runs from a
 * {@link SplittableRandom} seeded with {@code seed}, hence reproducible; the standard error of each
 * probability is at most {@code 0.5 / sqrt(runs)}.
 */
public final class LegacySelection {
  private static final int MAX_ATTEMPTS = 1000;

  private LegacySelection() {}

  public static Distribution estimate(
      SortitionProblem problem, int runs, long seed, ProgressListener listener) {
    Units units = new Units(problem);
    SplittableRandom random = new SplittableRandom(seed);
    long[] selected = new long[units.count];
    for (int r = 0; r < runs; r++) {
      int[] counts = draw(units, random);
      for (int u = 0; u < units.count; u++) {
        selected[u] += counts[u];
      }
      if ((r + 1) % 1000 == 0 || r + 1 == runs) {
        listener.onProgress(new Progress("legacy", r + 1, runs, 0, Double.NaN, Double.NaN));
      }
    }
    double[] unitProbability = new double[units.count];
    for (int u = 0; u < units.count; u++) {
      unitProbability[u] = (double) selected[u] / ((double) runs * units.size[u]);
    }
    return new Distribution(Algorithm.LEGACY, units, List.of(), new double[0], unitProbability);
  }

  /**
   * One legacy panel from a public seed: the random generator is seeded with the first 8 bytes
   * (big-endian) of {@code SHA-256(UTF-8(poolHash + "\n" + seed))}; members of a type are then
   * taken uniformly at random with the same generator. Returns people in pool order.
   */
  public static List<Person> drawPanel(SortitionProblem problem, String seed) {
    byte[] digest = PoolHash.sha256((PoolHash.of(problem) + "\n" + seed)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    SplittableRandom random =
        new SplittableRandom(java.nio.ByteBuffer.wrap(digest).getLong());
    Units units = new Units(problem);
    int[] counts = draw(units, random);
    List<Integer> chosen = new java.util.ArrayList<>();
    for (int u = 0; u < units.count; u++) {
      int[] members = units.members.get(u).clone();
      for (int j = 0; j < counts[u]; j++) {
        int pick = j + random.nextInt(members.length - j);
        int swap = members[j];
        members[j] = members[pick];
        members[pick] = swap;
        chosen.add(members[j]);
      }
    }
    chosen.sort(null);
    return chosen.stream().map(problem.people()::get).toList();
  }

  /** One legacy panel as per-unit counts (retrying stuck runs). */
  static int[] draw(Units units, SplittableRandom random) {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      int[] counts = attempt(units, random);
      if (counts != null) {
        return counts;
      }
    }
    QuotaRelaxation relaxation = QuotaRelaxation.suggest(units.problem);
    if (relaxation.poolTooSmall() || !relaxation.changes().isEmpty()) {
      throw new InfeasibleQuotasException(relaxation);
    }
    throw new IllegalStateException("The legacy procedure got stuck " + MAX_ATTEMPTS
        + " times although panels meeting the quotas exist; use maximin or leximin");
  }

  private static int[] attempt(Units units, SplittableRandom random) {
    Quotas q = units.problem.quotas();
    int categories = q.categoryCount();
    int[] remaining = units.size.clone();
    int[] counts = new int[units.count];
    int[][] selected = new int[categories][];
    int[][] available = new int[categories][];
    for (int c = 0; c < categories; c++) {
      selected[c] = new int[q.valueCount(c)];
      available[c] = new int[q.valueCount(c)];
    }
    int k = units.problem.panelSize();
    for (int step = 0; step < k; step++) {
      for (int c = 0; c < categories; c++) {
        java.util.Arrays.fill(available[c], 0);
      }
      for (int u = 0; u < units.count; u++) {
        if (remaining[u] > 0) {
          for (int c = 0; c < categories; c++) {
            available[c][units.values[u][c]] += remaining[u];
          }
        }
      }
      int bestC = -1;
      int bestV = -1;
      double bestRatio = Double.NEGATIVE_INFINITY;
      int ties = 0;
      for (int c = 0; c < categories; c++) {
        for (int v = 0; v < selected[c].length; v++) {
          int min = q.quota(c, v).min();
          if (available[c][v] == 0) {
            if (selected[c][v] < min) {
              return null;
            }
            continue;
          }
          double ratio = (double) (min - selected[c][v]) / available[c][v];
          if (ratio > bestRatio) {
            bestRatio = ratio;
            bestC = c;
            bestV = v;
            ties = 1;
          } else if (ratio == bestRatio && random.nextInt(++ties) == 0) {
            bestC = c;
            bestV = v;
          }
        }
      }
      if (bestC < 0) {
        return null;
      }
      int pick = random.nextInt(available[bestC][bestV]);
      int chosen = -1;
      for (int u = 0; u < units.count; u++) {
        if (remaining[u] > 0 && units.values[u][bestC] == bestV) {
          pick -= remaining[u];
          if (pick < 0) {
            chosen = u;
            break;
          }
        }
      }
      counts[chosen]++;
      remaining[chosen]--;
      for (int[] household : units.exclusive) {
        for (int u : household) {
          if (u == chosen) {
            for (int other : household) {
              remaining[other] = 0;
            }
          }
        }
      }
      for (int c = 0; c < categories; c++) {
        int v = units.values[chosen][c];
        selected[c][v]++;
        if (selected[c][v] >= q.quota(c, v).max()) {
          for (int u = 0; u < units.count; u++) {
            if (units.values[u][c] == v) {
              remaining[u] = 0;
            }
          }
        }
      }
    }
    return units.feasible(counts) ? counts : null;
  }
}
