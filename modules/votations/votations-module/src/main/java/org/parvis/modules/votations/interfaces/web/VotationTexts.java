package org.parvis.modules.votations.interfaces.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The votation pages' texts in one language, from the {@code messages/votations} bundles. */
final class VotationTexts {

  private final ResourceBundle bundle;
  private final Locale locale;

  VotationTexts(String language) {
    this.locale = Locale.forLanguageTag(language);
    this.bundle = ResourceBundle.getBundle("messages.votations", locale,
        VotationTexts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The text of {@code key} with its arguments; plain text, to be escaped by the caller. */
  String get(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  Locale locale() {
    return locale;
  }
}
