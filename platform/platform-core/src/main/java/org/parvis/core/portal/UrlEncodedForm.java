package org.parvis.core.portal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Reads one field of an {@code application/x-www-form-urlencoded} body. */
final class UrlEncodedForm {

  private UrlEncodedForm() {}

  /** The first value of {@code name}, decoded as UTF-8, or {@code null}. */
  static String first(String body, String name) {
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      String key = decode(equals < 0 ? pair : pair.substring(0, equals));
      if (name.equals(key)) {
        return equals < 0 ? "" : decode(pair.substring(equals + 1));
      }
    }
    return null;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }
}
