package org.parvis.core.tenant.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * A brand colour as {@code #rrggbb}, and whether white text on it is readable: WCAG 2.1 level AA asks for a
 * contrast ratio of at least 4.5:1 for normal text (the header and buttons print white text on the primary colour).
 */
public final class BrandColor {

  /** WCAG 2.1 AA, normal text. */
  public static final double MINIMUM_CONTRAST = 4.5;

  private BrandColor() {}

  /** The colour in lower case, or empty when it is not {@code #rrggbb}. */
  public static Optional<String> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String colour = text.strip().toLowerCase(Locale.ROOT);
    return colour.matches("#[0-9a-f]{6}") ? Optional.of(colour) : Optional.empty();
  }

  /** The contrast ratio of white text on {@code #rrggbb}, from 1 (white) to 21 (black). */
  public static double contrastWithWhite(String hex) {
    String colour = parse(hex).orElseThrow(() -> new IllegalArgumentException("Not a #rrggbb colour: " + hex));
    double luminance = 0.2126 * channel(colour.substring(1, 3)) + 0.7152 * channel(colour.substring(3, 5))
        + 0.0722 * channel(colour.substring(5, 7));
    return 1.05 / (luminance + 0.05);
  }

  /** Whether white text on this colour meets WCAG AA for normal text. */
  public static boolean readableWithWhiteText(String hex) {
    return contrastWithWhite(hex) >= MINIMUM_CONTRAST;
  }

  private static double channel(String hexByte) {
    double c = Integer.parseInt(hexByte, 16) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
