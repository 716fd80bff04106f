package org.parvis.modules.worksites.interfaces.web;

import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.problem.ProblemException;

/**
 * The sentence a page shows for a refused form, in the visitor's language: the problems carry
 * English details for API clients, residents read the module's bundle instead. A worksites rule
 * ({@code urn:parvis:problem:worksites-<rule>}) reads {@code refusal.<rule>}, an invalid field
 * {@code refusal.field.<field>}, a refused file {@code refusal.file.<status>}; anything else the
 * generic {@code refusal.other}.
 */
final class Refusals {

  private static final String RULE = "urn:parvis:problem:worksites-";

  private Refusals() {}

  static String describe(Texts t, ProblemException refused) {
    return t.get("refused", reason(t, refused));
  }

  private static String reason(Texts t, ProblemException refused) {
    if (refused.type().startsWith(RULE)) {
      return text(t, "refusal." + refused.type().substring(RULE.length()));
    }
    if (refused.status() == 413 || refused.status() == 415) {
      return text(t, "refusal.file." + refused.status());
    }
    if (refused.status() == 400 && refused.extensions().get("errors") instanceof List<?> errors
        && !errors.isEmpty() && errors.get(0) instanceof Map<?, ?> error) {
      return text(t, "refusal.field." + error.get("field"));
    }
    return t.get("refusal.other");
  }

  private static String text(Texts t, String key) {
    try {
      return t.get(key);
    } catch (MissingResourceException e) {
      return t.get("refusal.other");
    }
  }
}
