package org.parvis.modules.budget.domain;

import java.util.List;

/**
 * A ballot that breaks one of its edition's rules. {@code rule} is a stable name clients can
 * rely on (e.g. {@code approval-maximum}); {@code detail} says it in plain English for API
 * clients; {@code values} are the numbers the portal puts into its translated sentence
 * ({@code budget.rule.<rule>} in the module's bundles), in the order the detail names them.
 */
public record RuleViolation(String rule, String detail, List<Long> values) {
  public RuleViolation {
    values = List.copyOf(values);
  }

  public static RuleViolation of(String rule, String detail, long... values) {
    return new RuleViolation(rule, detail, java.util.Arrays.stream(values).boxed().toList());
  }
}
