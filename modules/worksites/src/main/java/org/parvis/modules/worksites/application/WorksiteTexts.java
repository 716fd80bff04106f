package org.parvis.modules.worksites.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The module's texts in one language, from the {@code messages/worksites} bundles. */
public final class WorksiteTexts {

  private final ResourceBundle bundle;
  private final Locale locale;

  public WorksiteTexts(Locale locale) {
    Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    this.locale = language;
    this.bundle = ResourceBundle.getBundle("messages.worksites", language,
        WorksiteTexts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static WorksiteTexts of(String language) {
    return new WorksiteTexts(Locale.forLanguageTag(language));
  }

  /** The text of {@code key} with its arguments; plain text, to be escaped by the caller. */
  public String get(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  public Locale locale() {
    return locale;
  }
}
