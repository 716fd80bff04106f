package org.parvis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BudgetTallyCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int parvis(String... args) {
    return new CommandLine(new ParvisCommand())
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }

  private static Path pabulib() {
    String root = System.getProperty("parvis.shared.data");
    Path dir = Path.of(root == null ? "missing" : root, "pabulib");
    if (!Files.isDirectory(dir.resolve("golden"))) {
      throw new IllegalStateException("shared Pabulib data missing: " + dir.toAbsolutePath());
    }
    return dir;
  }

  @Test
  void equal_shares_with_add1_prints_pabutools_outcome_as_json() throws IOException {
    Path dir = pabulib();
    String golden = Files.readString(dir.resolve("golden/pabutools_Poland_Wieliczka_2023_Green_Budget.json"));
    Matcher expected = Pattern.compile(
        "\"mes_cost_add1\": \\{\"winners\": \\[([^]]*)\\], \"k\": \\d+, \"cost\": \"(\\d+)\"").matcher(golden);
    assertTrue(expected.find(), "golden has mes_cost_add1");

    int status = parvis("budget", "tally", "--rule", "equal-shares", "--completion", "add1",
        dir.resolve("Poland_Wieliczka_2023_Green_Budget.pb").toString());

    assertEquals(0, status, err.toString());
    assertEquals("{\"rule\": \"equal-shares\", \"selected\": [" + expected.group(1) + "], \"cost\": "
        + expected.group(2) + "}", out.toString().strip());
  }

  @Test
  void an_unknown_rule_is_an_error_naming_the_valid_rules() {
    int status = parvis("budget", "tally", "--rule", "borda",
        pabulib().resolve("Netherlands_Assen_2024.pb").toString());
    assertEquals(2, status);
    assertTrue(err.toString().contains("greedy, equal-shares, phragmen"), err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void a_malformed_file_is_an_error_giving_the_line(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.pb");
    Files.writeString(file, "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;ten\nVOTES\nvoter_id;vote\n");
    int status = parvis("budget", "tally", "--rule", "greedy", file.toString());
    assertNotEquals(0, status);
    assertTrue(err.toString().contains("bad.pb, line 6"), err.toString());
  }

  @Test
  void help_explains_the_rules_and_options() {
    assertEquals(0, parvis("budget", "tally", "--help"));
    String help = out.toString();
    for (String word : new String[] {"greedy", "equal-shares", "phragmen", "--utility", "--completion", "add1-utilitarian"}) {
      assertTrue(help.contains(word), word);
    }
  }
}
