package org.parvis.core.residency.application;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a census file, in the encodings communes' spreadsheets write, detected strictly so that a name is
 * never silently mangled: a file that is valid UTF-8 (with or without a byte order mark) is UTF-8; otherwise it is
 * Windows-1252 only if every byte is a printable character of that code page (the five bytes it leaves undefined,
 * 0x81, 0x8D, 0x8F, 0x90 and 0x9D, and control characters other than tab and line breaks refuse it). A text in
 * either encoding is also refused if it holds control characters (a UTF-16 file is valid UTF-8 full of NULs).
 */
public final class CensusEncoding {

  /** The decoded text and the name of the encoding found ({@code UTF-8} or {@code windows-1252}). */
  public record Decoded(String text, String encoding) {}

  /** Neither UTF-8 nor Windows-1252: {@code offset} is the first byte (counted from 0) that neither reads. */
  public static final class Unreadable extends IllegalArgumentException {
    private final long offset;

    Unreadable(long offset) {
      super("the file is neither UTF-8 nor Windows-1252 text (byte " + (offset + 1) + " cannot be read)");
      this.offset = offset;
    }

    public long offset() {
      return offset;
    }
  }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CensusEncoding() {}

  public static Decoded decode(byte[] bytes) {
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
    int start = bom ? 3 : 0;
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
      requirePrintable(text, start);
      return new Decoded(text, "UTF-8");
    } catch (CharacterCodingException notUtf8) {
      if (bom) {
        throw new Unreadable(firstUnreadableUtf8(bytes, start));
      }
    }
    for (int i = 0; i < bytes.length; i++) {
      if (!printableWindows1252(bytes[i] & 0xFF)) {
        throw new Unreadable(i);
      }
    }
    return new Decoded(WINDOWS_1252.decode(ByteBuffer.wrap(bytes)).toString(), "windows-1252");
  }

  /** Tab, line breaks, and the printable characters of Windows-1252 (not its 5 undefined bytes). */
  static boolean printableWindows1252(int b) {
    if (b == '\t' || b == '\n' || b == '\r') {
      return true;
    }
    if (b < 0x20 || b == 0x7F) {
      return false;
    }
    return b != 0x81 && b != 0x8D && b != 0x8F && b != 0x90 && b != 0x9D;
  }

  private static void requirePrintable(String text, int start) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r' && (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF')) {
        throw new Unreadable(start + StandardCharsets.UTF_8.encode(CharBuffer.wrap(text, 0, i)).remaining());
      }
    }
  }

  private static long firstUnreadableUtf8(byte[] bytes, int start) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : start;
  }
}
