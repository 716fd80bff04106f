package org.parvis.modules.budget.application;

import org.parvis.modules.budget.domain.BallotKind;
import org.parvis.modules.budget.domain.BallotRules;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.module.LocalizedText;

/** The module's texts ({@code messages/budget_fr|en.properties}) and the ballot rules in plain words. */
public final class BudgetMessages {

  private final Texts texts;

  private BudgetMessages(Texts texts) {
    this.texts = texts;
  }

  public static BudgetMessages in(String language) {
    return new BudgetMessages(Texts.of("messages.budget", language));
  }

  public String get(String key, Object... args) {
    return texts.get(key, args);
  }

  /** The language of these texts, for dates and numbers written next to them. */
  public java.util.Locale locale() {
    return texts.locale();
  }

  /** The ballot rules of an edition in plain words, for an envelope of {@code envelope}. */
  public String rules(BallotRules rules, long envelope) {
    String text = switch (rules.kind()) {
      case APPROVAL -> get("budget.rules.APPROVAL", rules.maxChoices(), rules.minChoices());
      case KNAPSACK -> get("budget.rules.KNAPSACK", envelope);
      case CUMULATIVE -> get("budget.rules.CUMULATIVE", rules.totalPoints());
    };
    if (rules.kind() == BallotKind.KNAPSACK && rules.minSpentPercent() > 0) {
      text += " " + get("budget.rules.KNAPSACK.minimum", rules.minSpentPercent(),
          rules.minimumSpent(envelope));
    }
    return text;
  }

  public static LocalizedText rulesText(BallotRules rules, long envelope) {
    return LocalizedText.of(in("fr").rules(rules, envelope), in("en").rules(rules, envelope));
  }
}
