package org.parvis.modules.convention.domain;

/** How many panel members must have {@code value} for {@code category}: {@code min..max}. */
public record QuotaBand(String category, String value, int min, int max) {
  public QuotaBand {
    category = QuotaPlan.label(category, "category");
    value = QuotaPlan.label(value, "value");
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(
          "Quota " + category + "/" + value + ": need 0 <= min <= max, got " + min + ".." + max);
    }
  }
}
