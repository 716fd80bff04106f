package org.parvis.budget.rules.pabulib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parvis.budget.rules.Ballot;
import org.parvis.budget.rules.Election;
import org.parvis.budget.rules.Project;
import org.parvis.budget.rules.SharedData;

class PabulibReaderTest {

  private static PabulibInstance read(String text) {
    return PabulibReader.read(new StringReader(text), "test.pb");
  }

  private static final String CUMULATIVE = """
      META
      key;value
      description;"Budget; with a semicolon"
      budget;1000.0
      vote_type;cumulative
      PROJECTS
      project_id;cost;name
      1;500;"Park; ""green"" edition"
      2;300;Library
      VOTES
      voter_id;vote;points
      a;1,2;2,1
      b;1,1;1,2
      c;;
      """;

  @Test
  void reads_quoted_fields_whole_number_costs_points_and_empty_ballots() {
    PabulibInstance instance = read(CUMULATIVE);
    Election election = instance.election();
    assertEquals(1000, election.budget());
    assertEquals(List.of(new Project("1", 500), new Project("2", 300)), election.projects());
    assertEquals("Budget; with a semicolon", instance.meta().get("description"));
    assertEquals("Park; \"green\" edition", instance.projectRows().get(0).get("name"));
    assertEquals(new Ballot(Map.of("1", 2L, "2", 1L)), election.ballots().get(0));
    assertEquals(new Ballot(Map.of("1", 3L)), election.ballots().get(1), "repeated project: points add up");
    assertEquals(new Ballot(Map.of()), election.ballots().get(2), "empty ballot kept: it counts as a voter");
    assertEquals(List.of("a", "b", "c"), instance.voterIds());
  }

  @Test
  void ordinal_and_choose_one_votes_are_read_as_approvals() {
    PabulibInstance instance = PabulibReader.read(
        SharedData.pabulib().resolve("US_Stanford_Dataset_PB_Chicago_35th_Ward_2021_vote_rankings.pb"));
    assertEquals("ordinal", instance.voteType());
    assertTrue(instance.election().ballots().stream()
        .allMatch(b -> b.points().values().stream().allMatch(v -> v == 1L)));
    assertEquals(103, instance.election().ballots().size());
  }

  @Test
  void a_vote_for_an_unknown_project_is_reported_with_its_line() {
    PabulibFormatException error = assertThrows(PabulibFormatException.class,
        () -> read(CUMULATIVE.replace("a;1,2;2,1", "a;1,7;2,1")));
    assertEquals(12, error.line());
    assertTrue(error.getMessage().startsWith("test.pb, line 12: "), error.getMessage());
    assertTrue(error.getMessage().contains("unknown project '7'"), error.getMessage());
  }

  @Test
  void malformed_input_is_reported_with_its_line() {
    assertEquals(8, assertThrows(PabulibFormatException.class,
        () -> read(CUMULATIVE.replace("1;500;", "1;five hundred;"))).line());
    assertEquals(13, assertThrows(PabulibFormatException.class,
        () -> read(CUMULATIVE.replace("b;1,1;1,2", "b;1,1;1"))).line());
    assertEquals(8, assertThrows(PabulibFormatException.class,
        () -> read(CUMULATIVE.replace("1;500;\"Park; \"\"green\"\" edition\"", "1;500;\"Park"))).line());
    assertEquals(9, assertThrows(PabulibFormatException.class,
        () -> read(CUMULATIVE.replace("2;300;Library", "2;300"))).line());
    assertEquals(5, assertThrows(PabulibFormatException.class,
        () -> read(CUMULATIVE.replace("vote_type;cumulative", "vote_type;borda"))).line(),
        "a bad META value is reported at its own line");
    assertEquals(4, assertThrows(PabulibFormatException.class,
        () -> read(CUMULATIVE.replace("budget;1000.0", "budget;lots"))).line());
    assertEquals(1, assertThrows(PabulibFormatException.class,
        () -> read("PROJECTS\nproject_id;cost\n")).line());
  }

  @Test
  void a_number_with_a_huge_exponent_is_refused_before_any_arithmetic() {
    PabulibFormatException budget = assertThrows(PabulibFormatException.class,
        () -> read(CUMULATIVE.replace("budget;1000.0", "budget;1e300000000")));
    assertEquals(4, budget.line());
    assertTrue(budget.getMessage().startsWith("test.pb, line 4: budget is not a number"),
        budget.getMessage());
    assertEquals(8, assertThrows(PabulibFormatException.class,
        () -> read(CUMULATIVE.replace("1;500;", "1;5e300000000;"))).line());
    assertEquals(12, assertThrows(PabulibFormatException.class,
        () -> read(CUMULATIVE.replace("a;1,2;2,1", "a;1,2;2,1E-300000000"))).line());
  }

  @Test
  void numbers_longer_than_a_long_or_not_in_plain_digits_are_refused() {
    assertEquals(8, assertThrows(PabulibFormatException.class,
        () -> read(CUMULATIVE.replace("1;500;", "1;" + "9".repeat(100_000) + ";"))).line());
    assertEquals(8, assertThrows(PabulibFormatException.class,
        () -> read(CUMULATIVE.replace("1;500;", "1;\u0665\u0660\u0660;"))).line(),
        "Arabic-Indic digits are not plain digits");
  }

  @Test
  void points_that_add_up_beyond_a_long_are_refused_with_the_voter_line() {
    PabulibFormatException error = assertThrows(PabulibFormatException.class,
        () -> read(CUMULATIVE.replace("b;1,1;1,2", "b;1,1;9223372036854775807,2")));
    assertEquals(13, error.line());
  }

  @Test
  void a_fractional_budget_is_rounded_down_to_whole_currency_units() {
    assertEquals(1000, read(CUMULATIVE.replace("budget;1000.0", "budget;1000.73")).election().budget());
  }

  @Test
  void a_written_election_reads_back_the_same_with_anonymous_voters() {
    Election election = new Election(1000,
        List.of(new Project("A;1", 500), new Project("B", 300), new Project("C", 0)),
        List.of(new Ballot(Map.of("A;1", 2L, "B", 1L)), new Ballot(Map.of()), new Ballot(Map.of("C", 4L))));
    StringWriter out = new StringWriter();
    PabulibWriter.write(election, Map.of("description", "Round; trip"), out);
    PabulibInstance back = read(out.toString());
    assertEquals(election, back.election());
    assertEquals(List.of("1", "2", "3"), back.voterIds());
    assertEquals("cumulative", back.voteType());
    assertEquals("Round; trip", back.meta().get("description"));
  }

  @Test
  void a_real_approval_file_round_trips() {
    Path file = SharedData.pabulib().resolve("Poland_Wieliczka_2023_Green_Budget.pb");
    Election election = PabulibReader.read(file).election();
    StringWriter out = new StringWriter();
    PabulibWriter.write(election, Map.of(), out);
    PabulibInstance back = read(out.toString());
    assertEquals(election, back.election());
    assertEquals("approval", back.voteType());
  }
}
