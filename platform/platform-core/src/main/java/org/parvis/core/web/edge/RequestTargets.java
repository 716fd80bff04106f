package org.parvis.core.web.edge;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.parvis.spi.text.SafeText;

/**
 * The request targets the platform accepts. A path is routed one way by JAX-RS and may be read
 * another way by whatever looks at the raw URI, so every path that two readers could understand
 * differently is refused: matrix parameters ({@code ;}), percent-encoded ASCII letters, digits,
 * slashes, dots or controls, backslashes, dot segments and empty segments. Decoded paths and
 * query values must be valid UTF-8 that {@link SafeText} accepts on one line.
 */
public final class RequestTargets {

  private RequestTargets() {}

  /** Empty when the raw path (as sent, not decoded) is unambiguous, else why not. */
  public static Optional<String> pathProblem(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return Optional.of("the path must start with /");
    }
    if (rawPath.indexOf(';') >= 0) {
      return Optional.of("the path must not carry matrix parameters (;)");
    }
    if (rawPath.indexOf('\\') >= 0) {
      return Optional.of("the path must not contain a backslash");
    }
    String[] segments = rawPath.substring(1).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.isEmpty() && i < segments.length - 1) {
        return Optional.of("the path must not contain empty segments (//)");
      }
      if (segment.equals(".") || segment.equals("..")) {
        return Optional.of("the path must not contain dot segments");
      }
    }
    for (int i = rawPath.indexOf('%'); i >= 0; i = rawPath.indexOf('%', i + 1)) {
      int value = hexByte(rawPath, i);
      if (value < 0) {
        return Optional.of("the path has an invalid percent-encoding");
      }
      if (value < 0x80 && ambiguousWhenEncoded((char) value)) {
        return Optional.of(String.format(
            "the path must not percent-encode the character %%%02X; send it as is", value));
      }
    }
    return decode(rawPath, false)
        .map(decoded -> SafeText.problem(decoded, false).map(p -> "the path " + p))
        .orElse(Optional.of("the path is not valid UTF-8"));
  }

  /** Empty when every name and value of the raw query string is acceptable, else why not. */
  public static Optional<String> queryProblem(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return Optional.empty();
    }
    for (String pair : rawQuery.split("&")) {
      Optional<String> decoded = decode(pair, true);
      if (decoded.isEmpty()) {
        return Optional.of("the query string is not valid percent-encoded UTF-8");
      }
      Optional<String> problem = SafeText.problem(decoded.get(), false);
      if (problem.isPresent()) {
        int equals = decoded.get().indexOf('=');
        String name = equals < 0 ? decoded.get() : decoded.get().substring(0, equals);
        return Optional.of("the query parameter '" + printable(name) + "' " + problem.get());
      }
    }
    return Optional.empty();
  }

  /** Percent-decodes {@code raw} as UTF-8; '+' is a space in query strings. */
  static Optional<String> decode(String raw, boolean plusIsSpace) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int value = hexByte(raw, i);
        if (value < 0) {
          return Optional.empty();
        }
        bytes.write(value);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean ambiguousWhenEncoded(char c) {
    return Character.isLetterOrDigit(c) || c < 0x20 || c == 0x7f
        || "-._~/\\;%".indexOf(c) >= 0;
  }

  private static int hexByte(String s, int percent) {
    if (percent + 2 >= s.length()) {
      return -1;
    }
    int high = Character.digit(s.charAt(percent + 1), 16);
    int low = Character.digit(s.charAt(percent + 2), 16);
    return high < 0 || low < 0 ? -1 : high * 16 + low;
  }

  private static String printable(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints().limit(40).forEach(cp ->
        out.appendCodePoint(Character.isISOControl(cp) || (cp >= 0x202a && cp <= 0x202e)
            || (cp >= 0x2066 && cp <= 0x2069) ? '?' : cp));
    return out.toString();
  }
}
