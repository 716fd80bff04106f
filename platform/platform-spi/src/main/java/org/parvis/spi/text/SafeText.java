package org.parvis.spi.text;

import java.util.Optional;

/**
 * The characters the platform refuses in any text it is sent: NUL and other control characters
 * (tab, CR and LF excepted where multi-line text is allowed) and the bidirectional overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) that make a text display reversed. Lone surrogates are
 * refused too. One rule for JSON bodies, paths, query and form fields and module settings.
 */
public final class SafeText {

  private SafeText() {}

  /**
   * Checks {@code text}.
   *
   * @param multiLine whether tab, CR and LF are allowed (free texts); single-line fields such as
   *     titles, subjects and settings refuse them
   * @return empty when acceptable, otherwise a phrase (in English, for a problem detail) saying
   *     what is wrong, e.g. "must not contain the control character U+0000"
   */
  public static Optional<String> problem(String text, boolean multiLine) {
    if (text == null) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c) && !(multiLine && (c == '\t' || c == '\r' || c == '\n'))) {
        return Optional.of("must not contain the control character " + code(c)
            + (c == '\r' || c == '\n' ? " (a line break: this field holds one line)" : ""));
      }
      if (isBidiControl(c)) {
        return Optional.of("must not contain the bidirectional control character " + code(c));
      }
      if (Character.isHighSurrogate(c) && (i + 1 == text.length()
          || !Character.isLowSurrogate(text.charAt(i + 1)))
          || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
        return Optional.of("must not contain a lone surrogate " + code(c));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code text} passes {@link #problem(String, boolean)}. */
  public static boolean isSafe(String text, boolean multiLine) {
    return problem(text, multiLine).isEmpty();
  }

  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  }

  private static boolean isBidiControl(char c) {
    return (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }

  private static String code(char c) {
    return String.format("U+%04X", (int) c);
  }
}
