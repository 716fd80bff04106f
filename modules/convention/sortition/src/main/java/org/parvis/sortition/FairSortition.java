package org.parvis.sortition;

/**
 * Entry point: selection probabilities under LEGACY, MAXIMIN or LEXIMIN.
 *
 * <pre>{@code
 * Distribution d = FairSortition.probabilities(problem, Algorithm.LEXIMIN, ProgressListener.NONE);
 * double[] p = d.probabilities();   // one per pool member, in pool order
 * }</pre>
 *
 * <p>MAXIMIN and LEXIMIN use the fast column generation ({@code FastColumnGeneration}); the
 * original one, kept as the exact reference of the tests, with
 * {@code -Dparvis.sortition.method=reference}. Both give the same probabilities (within 1e-6).
 *
 * @throws InfeasibleQuotasException when no panel meets the quotas (with a relaxation suggestion)
 */
public final class FairSortition {
  /** Monte-Carlo runs used for LEGACY probabilities unless told otherwise. */
  public static final int DEFAULT_LEGACY_RUNS = 10_000;
  public static final long DEFAULT_LEGACY_SEED = 20210804L;

  private FairSortition() {}

  /** Loads OR-Tools' native code now (otherwise done on first use), e.g. to time it apart. */
  public static void loadNativeLibraries() {
    NativeLibraries.load();
  }

  public static Distribution probabilities(
      SortitionProblem problem, Algorithm algorithm, ProgressListener listener) {
    if (algorithm == Algorithm.LEGACY) {
      return LegacySelection.estimate(problem, DEFAULT_LEGACY_RUNS, DEFAULT_LEGACY_SEED, listener);
    }
    Units units = new Units(problem);
    if ("reference".equalsIgnoreCase(System.getProperty("parvis.sortition.method", "fast"))) {
      return new ColumnGeneration(units, listener).solve(algorithm);
    }
    return new FastColumnGeneration(units, listener).solve(algorithm);
  }

  /**
   * MAXIMIN or LEXIMIN by the original column generation (one panel per round, exact pricing every
   * round), kept as the exact reference: slow on pools that do not collapse; for comparisons.
   */
  public static Distribution referenceProbabilities(
      SortitionProblem problem, Algorithm algorithm, ProgressListener listener) {
    if (algorithm == Algorithm.LEGACY) {
      throw new IllegalArgumentException("The reference method is for MAXIMIN and LEXIMIN");
    }
    return new ColumnGeneration(new Units(problem), listener).solve(algorithm);
  }

  public static Distribution probabilities(SortitionProblem problem, Algorithm algorithm) {
    return probabilities(problem, algorithm, ProgressListener.NONE);
  }
}
