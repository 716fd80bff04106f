package org.parvis.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parvis.sortition.Algorithm;
import org.parvis.sortition.Distribution;
import org.parvis.sortition.FairSortition;
import org.parvis.sortition.LegacySelection;
import org.parvis.sortition.ProgressListener;
import org.parvis.sortition.SortitionProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parvis sortition probabilities}: each respondent's selection probability. */
@Command(name = "probabilities", mixinStandardHelpOptions = true,
    description = {
        "Prints each respondent's selection probability as JSON: {\"algorithm\": …,"
            + " \"probabilities\": [one per respondent, in file order], \"minProbability\": …}.",
        "leximin and maximin are exact (column generation with OR-Tools); legacy is a"
            + " Monte-Carlo estimate of the Sortition Foundation's greedy procedure"
            + " (reproducible: fixed seed)."})
final class SortitionProbabilitiesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SortitionInput input;

  @Option(names = "--legacy-runs", defaultValue = "10000",
      description = "Monte-Carlo runs for legacy (default: ${DEFAULT-VALUE}).")
  int legacyRuns;

  @Option(names = "--legacy-seed", defaultValue = "20210804",
      description = "Random seed of the legacy estimate (default: ${DEFAULT-VALUE}).")
  long legacySeed;

  @Option(names = "--reference",
      description = "maximin/leximin by the original, slow column generation (the exact reference"
          + " of the tests; for comparisons).")
  boolean reference;

  @Override
  public Integer call() throws Exception {
    return SortitionErrors.guard(spec, () -> {
      long start = System.nanoTime();
      SortitionProblem problem = input.problem();
      FairSortition.loadNativeLibraries();
      long loaded = System.nanoTime();
      ProgressListener progress = input.quiet ? ProgressListener.NONE
          : new StderrProgress(spec.commandLine().getErr());
      Distribution d = input.algorithm == Algorithm.LEGACY
          ? LegacySelection.estimate(problem, legacyRuns, legacySeed, progress)
          : reference ? FairSortition.referenceProbabilities(problem, input.algorithm, progress)
          : FairSortition.probabilities(problem, input.algorithm, progress);
      long solved = System.nanoTime();
      if (!input.quiet) {
        spec.commandLine().getErr().printf(java.util.Locale.ROOT,
            "%s: computed in %.3f s (reading input and loading OR-Tools: %.3f s)%n",
            input.algorithm.name().toLowerCase(java.util.Locale.ROOT), (solved - loaded) / 1e9,
            (loaded - start) / 1e9);
        spec.commandLine().getErr().flush();
      }
      PrintWriter out = spec.commandLine().getOut();
      StringBuilder json = new StringBuilder("{\"algorithm\": ")
          .append(Json.string(input.algorithm.name().toLowerCase(java.util.Locale.ROOT)))
          .append(", \"probabilities\": [");
      double[] p = d.probabilities();
      for (int i = 0; i < p.length; i++) {
        json.append(i == 0 ? "" : ", ").append(Json.number(p[i]));
      }
      json.append("], \"minProbability\": ").append(Json.number(d.minProbability())).append('}');
      out.println(json);
      out.flush();
      return 0;
    });
  }
}
