package org.parvis.modules.petitions.interfaces.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The petitions pages' texts in one language, from the {@code messages/petitions} bundles. */
final class PetitionTexts {

  private final ResourceBundle bundle;
  private final Locale locale;

  PetitionTexts(String language) {
    this.locale = Locale.forLanguageTag(language);
    this.bundle = ResourceBundle.getBundle("messages.petitions", locale,
        PetitionTexts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The text of {@code key} with its arguments; plain text, to be escaped by the caller. */
  String get(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
