package org.parvis.sortition;

/**
 * One feature value with the number of panel members it must have: between {@code min} and
 * {@code max} inclusive.
 */
public record QuotaValue(String category, String value, int min, int max) {
  public QuotaValue {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(
          "Quota " + category + "/" + value + ": need 0 <= min <= max, got " + min + ".." + max);
    }
  }
}
