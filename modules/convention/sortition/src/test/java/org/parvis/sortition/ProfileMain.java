package org.parvis.sortition;

import java.util.Locale;

/**
 * Manual profile, not a test: {@code ProfileMain VOLUNTEERS SEATS SEED [fast|reference|both]} on
 * a generated pool, or {@code ProfileMain FOLDER SEATS - [...]} on a folder holding
 * categories.csv and respondents.csv. Prints CPU times of the solving thread.
 */
public final class ProfileMain {
  public static void main(String[] args) throws Exception {
    int k = Integer.parseInt(args[1]);
    String which = args.length > 3 ? args[3] : "reference";
    NativeLibraries.load();
    SortitionProblem problem;
    if (args[0].matches("[0-9]+")) {
      problem = PoolGenerator.generate(Integer.parseInt(args[0]), k, Long.parseLong(args[2]));
    } else {
      java.nio.file.Path dir = java.nio.file.Path.of(args[0]);
      problem = SortitionCsv.read(dir.resolve("categories.csv"), dir.resolve("respondents.csv"))
          .problem(k, false);
    }
    int n = problem.people().size();
    Units units = new Units(problem);
    System.out.printf(Locale.ROOT, "pool %d volunteers, %d seats, %d types%n", n, k, units.count);
    Distribution ref = null;
    if (!which.equals("fast")) {
      ColumnGeneration cg = new ColumnGeneration(units, ProgressListener.NONE);
      long t = Cpu.nanos();
      Distribution d = cg.solve(Algorithm.LEXIMIN);
      double s = (Cpu.nanos() - t) / 1e9;
      System.out.printf(Locale.ROOT,
          "reference: %.2f s CPU; LP %.2f s in %d solves; pricing %.2f s in %d calls; %d stages;"
              + " min %.6f; support %d%n",
          s, cg.lpNanos / 1e9, cg.lpSolves, cg.pricingNanos / 1e9, cg.pricingCalls, cg.stages,
          d.minProbability(), d.panelCount());
      ref = d;
    }
    if (!which.equals("reference")) {
      FastColumnGeneration cg = new FastColumnGeneration(units, ProgressListener.NONE);
      long t = Cpu.nanos();
      Distribution d = cg.solve(Algorithm.LEXIMIN);
      double s = (Cpu.nanos() - t) / 1e9;
      System.out.printf(Locale.ROOT,
          "fast: %.2f s CPU; LP %.2f s in %d solves; heuristic %.2f s in %d rounds; exact pricing"
              + " %.2f s in %d calls; %d stages; min %.6f; support %d%n",
          s, cg.lpNanos / 1e9, cg.lpSolves, cg.heuristicNanos / 1e9, cg.heuristicRounds,
          cg.pricingNanos / 1e9, cg.pricingCalls, cg.stages, d.minProbability(), d.panelCount());
      if (ref != null) {
        double worst = 0;
        double[] a = ref.probabilities();
        double[] b = d.probabilities();
        for (int i = 0; i < a.length; i++) {
          worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        System.out.printf(Locale.ROOT, "largest difference %.3g%n", worst);
      }
    }
  }
}
