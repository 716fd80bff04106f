package org.parvis.modules.budget.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.parvis.modules.budget.domain.BallotKind;
import org.parvis.modules.budget.domain.BallotRules;
import org.parvis.spi.module.LocalizedText;

/** The module's messages ({@code messages/budget_fr|en.properties}), French first. */
public final class BudgetMessages {

  private final ResourceBundle bundle;
  private final Locale locale;

  private BudgetMessages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("messages.budget", locale,
        BudgetMessages.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static BudgetMessages in(String language) {
    return new BudgetMessages("en".equals(language) ? Locale.ENGLISH : Locale.FRENCH);
  }

  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(args);
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
