package org.parvis.modules.council.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The council's texts in one language, from the {@code messages/council} bundles. */
public final class CouncilTexts {

  private final ResourceBundle bundle;
  private final Locale locale;

  public CouncilTexts(Locale locale) {
    this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    this.bundle = ResourceBundle.getBundle("messages.council", this.locale,
        CouncilTexts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The text of {@code key} with its arguments; plain text, to be escaped by the caller. */
  public String get(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  public Locale locale() {
    return locale;
  }
}
