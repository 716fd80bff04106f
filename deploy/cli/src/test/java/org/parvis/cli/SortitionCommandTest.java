package org.parvis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SortitionCommandTest {
  @TempDir Path dir;

  private static Path data(String file) {
    Path path = Path.of(System.getProperty("parvis.shared.data", "../../../shared/data"),
        "sortition", "example_small_20", file);
    assertTrue(Files.exists(path), "Shared test data missing: " + path);
    return path;
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ParvisCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static String[] small(String subcommand, String algorithm, String... more) {
    String[] base = {"sortition", subcommand, "--algorithm", algorithm, "--panel-size", "20",
        "--categories", data("categories.csv").toString(),
        "--respondents", data("respondents.csv").toString()};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void leximinProbabilitiesAreOneTenthForEveryRespondentInFileOrder() {
    Run run = run(small("probabilities", "leximin"));
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("{\"algorithm\": \"leximin\", \"probabilities\": ["),
        run.out());
    String list = run.out().substring(run.out().indexOf('[') + 1, run.out().indexOf(']'));
    String[] values = list.split(", ");
    assertEquals(200, values.length);
    for (String v : values) {
      assertEquals(0.1, Double.parseDouble(v), 1e-4);
    }
    assertEquals(0.1, number(run.out(), "minProbability"), 1e-4);
  }

  @Test
  void legacyProbabilitiesShowTheUnfairnessToTheLoneFemaleConservative() {
    Run run = run(small("probabilities", "legacy", "--legacy-runs", "4000", "--quiet"));
    assertEquals(0, run.exit(), run.err());
    String list = run.out().substring(run.out().indexOf('[') + 1, run.out().indexOf(']'));
    // Row 1 of respondents.csv is the only female conservative.
    double first = Double.parseDouble(list.split(", ")[0]);
    assertEquals(first, number(run.out(), "minProbability"), 1e-12);
    assertTrue(first < 0.03, run.out());
  }

  @Test
  void sameSeedDrawsTheSamePanelAndPublishesTheLottery() throws Exception {
    Path published = dir.resolve("lottery.txt");
    Run before = run(small("draw", "leximin", "--quiet", "--publish", published.toString()));
    assertEquals(0, before.exit(), before.err());
    assertTrue(!before.out().contains("\"panel\""), before.out());
    String publishedBefore = Files.readString(published);
    Run a = run(small("draw", "leximin", "--seed", "4 8 15 16 23 42", "--quiet",
        "--publish", published.toString()));
    assertEquals(publishedBefore, Files.readString(published));
    String hash = before.out().replaceAll(".*\"lotteryHash\": \"([0-9a-f]+)\".*\\s*", "$1");
    assertTrue(a.out().contains("\"lotteryHash\": \"" + hash + "\""), a.out());
    Run b = run(small("draw", "leximin", "--seed", "4 8 15 16 23 42", "--quiet"));
    Run c = run(small("draw", "leximin", "--seed", "another seed", "--quiet"));
    assertEquals(0, a.exit(), a.err());
    assertEquals(a.out(), b.out());
    assertNotEquals(a.out(), c.out());
    String panel = a.out().substring(a.out().indexOf("\"panel\": [") + 10, a.out().indexOf(']'));
    assertEquals(20, panel.split(", ").length);
    String publication = Files.readString(published);
    assertTrue(publication.startsWith("parvis-lottery/1\n"));
    assertEquals(1000 + 3, publication.split("\n").length);
  }

  @Test
  void replacementsAreDrawnForWithdrawnMembersOnly() {
    Run first = run(small("draw", "leximin", "--seed", "first", "--quiet"));
    String panel = first.out().substring(first.out().indexOf("\"panel\": [") + 10,
        first.out().indexOf(']')).replace("\"", "").replace(" ", "");
    String[] members = panel.split(",");
    Run second = run(small("draw", "leximin", "--seed", "second", "--quiet", "--lottery-size",
        "100", "--panel", panel, "--withdrawn", members[0] + "," + members[19]));
    assertEquals(0, second.exit(), second.err());
    String drawn = second.out().substring(second.out().indexOf("\"replacements\": [") + 17,
        second.out().lastIndexOf(']')).replace("\"", "").replace(" ", "");
    String[] replacements = drawn.split(",");
    assertEquals(2, replacements.length, second.out());
    for (String r : replacements) {
      assertTrue(!java.util.Arrays.asList(members).contains(r), second.out());
    }
  }

  @Test
  void infeasibleQuotasExplainTheRelaxation() throws Exception {
    Path categories = Files.writeString(dir.resolve("c.csv"),
        "category,feature,min,max\ngender,female,9,20\ngender,male,9,20\n"
            + "leaning,liberal,9,20\nleaning,conservative,19,20\n");
    Run run = run("sortition", "probabilities", "--panel-size", "20", "--categories",
        categories.toString(), "--respondents", data("respondents.csv").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("Smallest relaxation"), run.err());
    // 101 conservatives at most 11 of whom fit beside 9 liberals: widen one leaning quota by 8.
    assertTrue(run.err().contains("leaning/conservative: 19..20 -> 11..20")
        || run.err().contains("leaning/liberal: 9..20 -> 1..20"), run.err());
  }

  @Test
  void helpExplainsBothSubcommands() {
    Run run = run("sortition", "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("probabilities"));
    assertTrue(run.out().contains("draw"));
    Run draw = run("sortition", "draw", "--help");
    assertTrue(draw.out().contains("--seed"));
    assertTrue(draw.out().contains("mod M"));
  }

  @Test
  void generatedPoolGivesTheSameLeximinByTheFastAndTheReferenceMethod() throws Exception {
    Path pool = dir.resolve("pool");
    Run generate = run("sortition", "generate", "--volunteers", "80", "--panel-size", "8",
        "--seed", "7", "--out", pool.toString());
    assertEquals(0, generate.exit(), generate.err());
    String[] args = {"sortition", "probabilities", "--quiet", "--panel-size", "8",
        "--categories", pool.resolve("categories.csv").toString(),
        "--respondents", pool.resolve("respondents.csv").toString()};
    Run fast = run(args);
    String[] withReference = java.util.Arrays.copyOf(args, args.length + 1);
    withReference[args.length] = "--reference";
    Run reference = run(withReference);
    assertEquals(0, fast.exit(), fast.err());
    assertEquals(0, reference.exit(), reference.err());
    assertEquals(number(reference.out(), "minProbability"), number(fast.out(), "minProbability"),
        1e-6);
    // Same seed, same pool: the generator is deterministic.
    Path again = dir.resolve("again");
    run("sortition", "generate", "--volunteers", "80", "--panel-size", "8", "--seed", "7",
        "--out", again.toString());
    assertEquals(Files.readString(pool.resolve("respondents.csv")),
        Files.readString(again.resolve("respondents.csv")));
  }

  private static double number(String json, String key) {
    Matcher m = Pattern.compile("\"" + key + "\": ([0-9.eE-]+)").matcher(json);
    assertTrue(m.find(), json);
    return Double.parseDouble(m.group(1));
  }
}
