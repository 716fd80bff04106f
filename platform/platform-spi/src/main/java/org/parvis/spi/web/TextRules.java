package org.parvis.spi.web;

/**
 * Which characters a person's text may hold: no control characters (a line break only where the text has several
 * lines, a tab nowhere), no bidirectional overrides or isolates that would show a text reversed, no lone surrogates.
 */
public final class TextRules {

  private TextRules() {}

  /** Whether {@code text} holds only characters a person may type in such a field. */
  public static boolean acceptable(String text, boolean multiline) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && multiline) {
        continue;
      }
      if (Character.isISOControl(c) || isBidiControl(c) || Character.isSurrogate(c) && !validPair(text, i)) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return true;
  }

  private static boolean isBidiControl(char c) {
    return c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
  }

  private static boolean validPair(String text, int i) {
    return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1));
  }
}
