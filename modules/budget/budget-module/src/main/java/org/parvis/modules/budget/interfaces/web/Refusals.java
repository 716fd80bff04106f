package org.parvis.modules.budget.interfaces.web;

import java.util.Optional;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.web.FieldError;
import org.parvis.spi.web.Form;

/**
 * The first refusal of a form in the page's language, for the pages that say why in one sentence next to the form
 * they refused (the ballot, the discussion, the photos): the module's bundle first, then the platform's forms
 * bundle, then the problem's own detail.
 */
final class Refusals {

  private Refusals() {}

  /** The first refusal of {@code form}, if it was refused. */
  static Optional<FieldError> first(Form form) {
    return form.errors().stream().findFirst();
  }

  /** {@code error} said in {@code texts}' language. */
  static String text(FieldError error, Texts texts) {
    Object[] arguments = error.arguments().toArray();
    if (error.key() != null && texts.has(error.key())) {
      return texts.get(error.key(), arguments);
    }
    Texts forms = Texts.of("messages.forms", texts.locale());
    if (error.key() != null && forms.has(error.key())) {
      return forms.get(error.key(), arguments);
    }
    return error.detail() == null ? forms.get("form.refused") : error.detail();
  }

  /** Whether {@code error} comes from the binder's own checks (required, too long, not a number…). */
  static boolean binder(FieldError error) {
    return error.key() != null && error.key().startsWith("form.");
  }
}
