package org.parvis.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parvis.sortition.PoolGenerator;
import org.parvis.sortition.SortitionProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parvis sortition generate}: a synthetic pool for tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {
        "Writes a seeded synthetic pool (categories.csv, respondents.csv) shaped like a real call"
            + " for volunteers: gender, age, district, education, housing, occupation, with"
            + " self-selection bias, quotas around population shares. Same options, same pool."})
final class SortitionGenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--volunteers", required = true, description = "Pool size.")
  int volunteers;

  @Option(names = {"-k", "--panel-size"}, required = true, description = "Panel size k.")
  int panelSize;

  @Option(names = "--category-count", defaultValue = "6",
      description = "Use the first N categories, 1 to 6 (default: ${DEFAULT-VALUE}).")
  int categories;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Override
  public Integer call() throws Exception {
    SortitionProblem problem = PoolGenerator.generate(volunteers, panelSize, categories, seed);
    PoolGenerator.write(problem, out);
    spec.commandLine().getErr().printf("%d volunteers, %d seats, written to %s%n", volunteers,
        panelSize, out);
    return 0;
  }
}
