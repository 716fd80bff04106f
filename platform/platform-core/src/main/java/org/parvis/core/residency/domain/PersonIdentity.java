package org.parvis.core.residency.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who a person says they are: names and birth date. Two spellings of the same civil identity
 * (case, accents, hyphens, extra spaces) have the same {@link #canonical()} form.
 */
public record PersonIdentity(String lastName, String firstNames, LocalDate birthDate) {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  public PersonIdentity {
    Objects.requireNonNull(birthDate, "birthDate");
    if (normalize(lastName).isEmpty() || normalize(firstNames).isEmpty()) {
      throw new IllegalArgumentException("Last name and first names must contain letters");
    }
  }

  /** {@code LAST NAME|FIRST NAMES|yyyy-MM-dd}, upper-case, without accents or punctuation. */
  public String canonical() {
    return normalize(lastName) + "|" + normalize(firstNames) + "|" + birthDate;
  }

  /** Upper-case, accents and punctuation removed, spaces collapsed. */
  public static String normalize(String name) {
    if (name == null) {
      return "";
    }
    String upper = name.toUpperCase(Locale.ROOT)
        .replace("Œ", "OE")
        .replace("Æ", "AE");
    String decomposed = Normalizer.normalize(upper, Normalizer.Form.NFD);
    String unaccented = MARKS.matcher(decomposed).replaceAll("");
    return SEPARATORS.matcher(unaccented).replaceAll(" ").trim();
  }
}
