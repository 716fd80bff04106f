package org.parvis.modules.convention.interfaces.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The convention pages' texts in one language, from the {@code messages/convention} bundles. */
final class ConventionTexts {

  private final ResourceBundle bundle;
  private final Locale locale;

  ConventionTexts(String language) {
    this.locale = Locale.forLanguageTag(language);
    this.bundle = ResourceBundle.getBundle("messages.convention", locale,
        ConventionTexts.class.getClassLoader(),
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
