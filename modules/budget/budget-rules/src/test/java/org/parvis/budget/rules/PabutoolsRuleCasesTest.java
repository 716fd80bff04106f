package org.parvis.budget.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hand-made instances of pabutools' own test suite ({@code pabutools_test_rule_cases.json}):
 * each rule's resolute outcome, which must also be one of the tied outcomes pabutools lists.
 * Fractional costs and the 1/10 budget increment are made whole by scaling every amount by the
 * same factor, which changes none of these rules' outcomes. The one case with a pre-selected
 * project ({@code initial_alloc}) is left out: Parvis' rules have no such input.
 */
class PabutoolsRuleCasesTest {

  @TestFactory
  Stream<DynamicTest> every_hand_made_case_gives_pabutools_outcome() throws Exception {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> cases = (List<Map<String, Object>>)
        SharedData.json(SharedData.pabulib().resolve("golden/pabutools_test_rule_cases.json"));
    List<DynamicTest> tests = new ArrayList<>();
    for (Map<String, Object> c : cases) {
      if (!((List<?>) c.get("initial_alloc")).isEmpty()) {
        continue;
      }
      @SuppressWarnings("unchecked")
      List<List<String>> projectRows = (List<List<String>>) c.get("projects");
      BigInteger scale = BigInteger.TEN; // the increment 1/10 must become whole too
      for (List<String> row : projectRows) {
        scale = lcm(scale, denominator(row.get(1)));
      }
      scale = lcm(scale, denominator((String) c.get("budget")));
      List<Project> projects = new ArrayList<>();
      for (List<String> row : projectRows) {
        projects.add(new Project(row.get(0), scaled(row.get(1), scale)));
      }
      List<Ballot> ballots = new ArrayList<>();
      @SuppressWarnings("unchecked")
      List<List<String>> ballotRows = (List<List<String>>) c.get("ballots");
      ballotRows.forEach(b -> ballots.add(Ballot.approving(b)));
      Election election = new Election(scaled((String) c.get("budget"), scale), projects, ballots);
      long increment = scale.divide(BigInteger.TEN).longValueExact();
      @SuppressWarnings("unchecked")
      Map<String, Map<String, List<Object>>> expected = (Map<String, Map<String, List<Object>>>) c.get("expected");
      for (var entry : expected.entrySet()) {
        String rule = entry.getKey();
        tests.add(DynamicTest.dynamicTest(c.get("name") + " " + rule, () -> {
          Outcome outcome = rule(rule, increment).allocate(election);
          List<String> selected = outcome.selected();
          @SuppressWarnings("unchecked")
          List<String> resolute = (List<String>) (List<?>) entry.getValue().get("resolute_pabutools");
          if (rule.equals("sequential_phragmen")) {
            selected = sorted(selected);
            resolute = sorted(resolute);
          }
          assertEquals(resolute, selected);
          List<HashSet<Object>> tied = entry.getValue().get("irresolute_expected").stream()
              .map(o -> new HashSet<Object>((List<?>) o)).toList();
          assertTrue(tied.contains(new HashSet<Object>(selected)), "one of the tied outcomes");
        }));
      }
    }
    return tests.stream();
  }

  private static AllocationRule rule(String name, long increment) {
    return switch (name) {
      case "greedy_utilitarian_welfare|Cost_Sat" -> new GreedyUtilitarian(Utility.COST);
      case "greedy_utilitarian_welfare|Cardinality_Sat" -> new GreedyUtilitarian(Utility.CARDINALITY);
      case "method_of_equal_shares|Cost_Sat" -> new EqualShares(Utility.COST, Completion.NONE);
      case "method_of_equal_shares|Cardinality_Sat" -> new EqualShares(Utility.CARDINALITY, Completion.NONE);
      case "mes_iterated(voter_budget_increment=1/10)|Cost_Sat" ->
          new EqualShares(Utility.COST, Completion.ADD1, increment);
      case "mes_iterated(voter_budget_increment=1/10)|Cardinality_Sat" ->
          new EqualShares(Utility.CARDINALITY, Completion.ADD1, increment);
      case "sequential_phragmen" -> new SequentialPhragmen();
      default -> throw new IllegalArgumentException("unexpected rule " + name);
    };
  }

  private static List<String> sorted(List<String> ids) {
    List<String> copy = new ArrayList<>(ids);
    copy.sort(null);
    return copy;
  }

  private static BigInteger denominator(String value) {
    int slash = value.indexOf('/');
    return slash < 0 ? BigInteger.ONE : new BigInteger(value.substring(slash + 1));
  }

  private static long scaled(String value, BigInteger scale) {
    int slash = value.indexOf('/');
    BigInteger num = new BigInteger(slash < 0 ? value : value.substring(0, slash));
    return num.multiply(scale).divide(denominator(value)).longValueExact();
  }

  private static BigInteger lcm(BigInteger a, BigInteger b) {
    return a.divide(a.gcd(b)).multiply(b);
  }
}
