package org.parvis.spi.module;

import java.util.Locale;
import java.util.Objects;

/** A short text in the two languages Parvis serves: French first, English second. */
public record LocalizedText(String fr, String en) {

  public LocalizedText {
    Objects.requireNonNull(fr, "fr");
    Objects.requireNonNull(en, "en");
  }

  public static LocalizedText of(String fr, String en) {
    return new LocalizedText(fr, en);
  }

  public String in(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? en : fr;
  }
}
