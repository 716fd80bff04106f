package org.parvis.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parvis.sortition.Algorithm;
import org.parvis.sortition.FairSortition;
import org.parvis.sortition.LegacySelection;
import org.parvis.sortition.Lottery;
import org.parvis.sortition.Person;
import org.parvis.sortition.PoolHash;
import org.parvis.sortition.ProgressListener;
import org.parvis.sortition.Replacements;
import org.parvis.sortition.SortitionProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parvis sortition draw}: a verifiable draw from a public seed. */
@Command(name = "draw", mixinStandardHelpOptions = true,
    description = {
        "Draws a panel from a public seed and prints it as JSON with what is needed to re-check it.",
        "leximin/maximin: the distribution is rounded to M equally likely panels (the lottery);"
            + " its SHA-256 hash (lotteryHash) is what to publish before the seed is known"
            + " (--publish writes the full list). The panel drawn is number"
            + " SHA-256(lotteryHash + \"\\n\" + seed) mod M, counting from 0.",
        "legacy: one run of the greedy procedure seeded from SHA-256(poolHash + \"\\n\" + seed).",
        "With --panel and --withdrawn, draws replacements that keep the quotas given the members"
            + " who stay."})
final class SortitionDrawCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SortitionInput input;

  @Option(names = "--seed",
      description = "Public random seed, e.g. lottery numbers announced in advance. Without it,"
          + " --publish only writes the lottery and prints its hash (to publish before the draw).")
  String seed;

  @Option(names = {"-m", "--lottery-size"}, defaultValue = "1000",
      description = "M, the number of equally likely panels (default: ${DEFAULT-VALUE}).")
  int lotterySize;

  @Option(names = "--publish", paramLabel = "FILE",
      description = "Write the lottery (pool hash and the M panels) to FILE.")
  Path publish;

  @Option(names = "--panel", split = ",", paramLabel = "ID",
      description = "Current panel (ids), for replacements.")
  List<String> panel = List.of();

  @Option(names = "--withdrawn", split = ",", paramLabel = "ID",
      description = "Panel members who withdrew; replacements are drawn for them.")
  List<String> withdrawn = List.of();

  @Override
  public Integer call() throws Exception {
    return SortitionErrors.guard(spec, () -> {
      if (seed == null && (publish == null || input.algorithm == Algorithm.LEGACY)) {
        throw new IllegalArgumentException(
            "--seed is required (only a leximin/maximin --publish can run before the seed is known)");
      }
      SortitionProblem problem = input.problem();
      ProgressListener progress = input.quiet ? ProgressListener.NONE
          : new StderrProgress(spec.commandLine().getErr());
      StringBuilder json = new StringBuilder("{\"algorithm\": ")
          .append(Json.string(input.algorithm.name().toLowerCase(java.util.Locale.ROOT)))
          .append(", \"poolHash\": ").append(Json.string(PoolHash.of(problem)))
          .append(", \"seed\": ").append(seed == null ? "null" : Json.string(seed));
      List<Person> drawn;
      if (!withdrawn.isEmpty()) {
        if (input.algorithm == Algorithm.LEGACY) {
          throw new IllegalArgumentException("Replacements are drawn with leximin");
        }
        Lottery lottery = Replacements.lottery(problem, panel, withdrawn, lotterySize, progress);
        drawn = lottery(json, lottery);
        json.append(", \"replacements\": ");
      } else if (input.algorithm == Algorithm.LEGACY) {
        drawn = LegacySelection.drawPanel(problem, seed);
        json.append(", \"panel\": ");
      } else {
        Lottery lottery = Lottery.of(
            FairSortition.probabilities(problem, input.algorithm, progress), lotterySize);
        drawn = lottery(json, lottery);
        if (drawn == null) {
          spec.commandLine().getOut().println(json.append('}'));
          spec.commandLine().getOut().flush();
          return 0;
        }
        json.append(", \"panel\": ");
      }
      json.append('[');
      for (int i = 0; i < drawn.size(); i++) {
        json.append(i == 0 ? "" : ", ").append(Json.string(drawn.get(i).id()));
      }
      json.append("]}");
      spec.commandLine().getOut().println(json);
      spec.commandLine().getOut().flush();
      return 0;
    });
  }

  private List<Person> lottery(StringBuilder json, Lottery lottery) throws java.io.IOException {
    if (publish != null) {
      Files.writeString(publish, lottery.publication(), StandardCharsets.UTF_8);
    }
    json.append(", \"lotteryHash\": ").append(Json.string(lottery.hash()))
        .append(", \"lotterySize\": ").append(lottery.size())
        .append(", \"maxDeviation\": ").append(Json.number(lottery.maxDeviation()));
    if (seed == null) {
      return null;
    }
    int index = lottery.drawIndex(seed);
    json.append(", \"index\": ").append(index);
    return lottery.panel(index);
  }
}
