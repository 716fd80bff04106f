package org.parvis.spi.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A module's user-facing texts in one language, from its {@code messages/<module>_fr|en.properties} bundles.
 * French is the platform's first language: any language other than English gets the French texts. Patterns are
 * {@link MessageFormat} patterns (a single quote is written {@code ''}); the result is plain text, to be escaped by
 * whoever puts it in HTML.
 */
public final class Texts {

  private final ResourceBundle bundle;
  private final Locale locale;

  private Texts(String bundleName, Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(bundleName, locale, Texts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The texts of {@code bundleName} (e.g. {@code "messages.budget"}) for the language of {@code locale}. */
  public static Texts of(String bundleName, Locale locale) {
    return new Texts(bundleName, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH);
  }

  /** The texts of {@code bundleName} for a language tag such as {@code "fr"} or {@code "en"}. */
  public static Texts of(String bundleName, String languageTag) {
    return of(bundleName, Locale.forLanguageTag(languageTag));
  }

  /** The text of {@code key} with its arguments. */
  public String get(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /** Whether the bundle has a text for {@code key}. */
  public boolean has(String key) {
    return key != null && bundle.containsKey(key);
  }

  public Locale locale() {
    return locale;
  }

  public String language() {
    return locale.getLanguage();
  }
}
