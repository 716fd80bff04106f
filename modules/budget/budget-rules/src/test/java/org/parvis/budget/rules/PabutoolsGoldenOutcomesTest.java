package org.parvis.budget.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.parvis.budget.rules.pabulib.PabulibInstance;
import org.parvis.budget.rules.pabulib.PabulibReader;

/**
 * Every rule of every {@code golden/pabutools_<instance>.json} gives pabutools' outcome on the
 * instance's {@code .pb} file: same winners in the same order (Phragmén: same set) and same cost.
 */
class PabutoolsGoldenOutcomesTest {

  @TestFactory
  Stream<DynamicTest> every_golden_outcome_is_reproduced() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path golden : SharedData.goldenFiles()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> expected = (Map<String, Object>) SharedData.json(golden);
      Path file = SharedData.pabulib().resolve((String) expected.get("file"));
      @SuppressWarnings("unchecked")
      Map<String, Map<String, Object>> results = (Map<String, Map<String, Object>>) expected.get("results");
      PabulibInstance[] instance = new PabulibInstance[1];
      for (Map.Entry<String, Map<String, Object>> result : results.entrySet()) {
        String rule = result.getKey();
        tests.add(DynamicTest.dynamicTest(file.getFileName() + " " + rule, () -> {
          if (instance[0] == null) {
            instance[0] = PabulibReader.read(file);
          }
          Outcome outcome = ruleNamed(rule).allocate(instance[0].election());
          @SuppressWarnings("unchecked")
          List<String> winners = (List<String>) result.getValue().get("winners");
          List<String> selected = outcome.selected();
          if (rule.equals("phragmen")) {
            selected = new ArrayList<>(selected);
            selected.sort(null);
          }
          assertEquals(winners, selected, rule + " winners");
          assertEquals(Long.parseLong((String) result.getValue().get("cost")), outcome.cost(), rule + " cost");
        }));
      }
    }
    return tests.stream();
  }

  static AllocationRule ruleNamed(String goldenName) {
    return switch (goldenName) {
      case "greedy_cost" -> AllocationRules.of("greedy", Utility.COST, Completion.NONE);
      case "mes_cost" -> AllocationRules.of("equal-shares", Utility.COST, Completion.NONE);
      case "mes_card" -> AllocationRules.of("equal-shares", Utility.CARDINALITY, Completion.NONE);
      case "mes_points" -> AllocationRules.of("equal-shares", Utility.POINTS, Completion.NONE);
      case "mes_cost_add1" -> AllocationRules.of("equal-shares", Utility.COST, Completion.ADD1);
      case "mes_cost_add1u" -> AllocationRules.of("equal-shares", Utility.COST, Completion.ADD1_UTILITARIAN);
      case "phragmen" -> AllocationRules.of("phragmen", Utility.COST, Completion.NONE);
      default -> throw new IllegalArgumentException("no Parvis rule for golden rule " + goldenName);
    };
  }
}
