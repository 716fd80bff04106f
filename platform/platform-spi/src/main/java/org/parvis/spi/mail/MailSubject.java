package org.parvis.spi.mail;

/**
 * The one way to build an email subject from text that may come from people (a referral's title,
 * a worksite's name): one line, no control or bidirectional-override characters, at most {@link
 * #MAX_LENGTH} characters (cut with an ellipsis, never inside a surrogate pair). Never throws: a
 * message is never lost, nor a periodic reminder stuck, because of what someone typed as a title.
 */
public final class MailSubject {

  /** Longest subject, in UTF-16 units, ellipsis included. */
  public static final int MAX_LENGTH = 150;
  private static final String FALLBACK = "Parvis";
  private static final char ELLIPSIS = '…';

  private MailSubject() {}

  /** {@code text} made safe as a subject; {@code "Parvis"} when nothing printable is left. */
  public static String of(String text) {
    if (text == null) {
      return FALLBACK;
    }
    StringBuilder line = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 1));
    boolean space = false;
    for (int i = 0; i < text.length() && line.length() <= MAX_LENGTH; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        space = line.length() > 0;
      } else if (!invisible(c)) {
        if (space) {
          line.append(' ');
          space = false;
        }
        line.appendCodePoint(c);
      }
    }
    if (line.length() == 0) {
      return FALLBACK;
    }
    return line.length() <= MAX_LENGTH ? line.toString() : cut(line);
  }

  private static String cut(StringBuilder line) {
    int end = MAX_LENGTH - 1;
    if (Character.isHighSurrogate(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /** Format characters (bidirectional overrides, zero-width marks), unassigned and lone surrogates. */
  private static boolean invisible(int c) {
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.SURROGATE
        || type == Character.PRIVATE_USE;
  }
}
