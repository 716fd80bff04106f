package org.parvis.modules.budget.interfaces.web;

import org.parvis.modules.budget.application.BudgetMessages;
import org.parvis.modules.budget.domain.RuleViolation;

/**
 * Why the ballot form refused a ballot, in the reader's language; {@code rule} is the stable name
 * of the broken ballot rule, if a rule was broken.
 */
record Refusal(String text, String rule) {

  static Refusal of(String text) {
    return new Refusal(text, null);
  }

  static Refusal of(RuleViolation violation, BudgetMessages m) {
    String reason = m.get("budget.rule." + violation.rule(), violation.values().toArray());
    return new Refusal(m.get("budget.ballot.rejected", reason), violation.rule());
  }
}
