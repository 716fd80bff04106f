package org.parvis.budget.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A minimal JSON reader for the golden files: objects, arrays, strings, numbers, literals. */
public final class Json {
  private final String text;
  private int at;

  private Json(String text) {
    this.text = text;
  }

  public static Object parse(String text) {
    Json json = new Json(text);
    Object value = json.value();
    json.space();
    if (json.at != text.length()) {
      throw new IllegalArgumentException("trailing JSON at " + json.at);
    }
    return value;
  }

  private Object value() {
    space();
    char ch = text.charAt(at);
    switch (ch) {
      case '{' -> {
        Map<String, Object> map = new LinkedHashMap<>();
        at++;
        space();
        if (text.charAt(at) == '}') {
          at++;
          return map;
        }
        while (true) {
          space();
          String key = string();
          space();
          expect(':');
          map.put(key, value());
          space();
          if (text.charAt(at) == ',') {
            at++;
          } else {
            expect('}');
            return map;
          }
        }
      }
      case '[' -> {
        List<Object> list = new ArrayList<>();
        at++;
        space();
        if (text.charAt(at) == ']') {
          at++;
          return list;
        }
        while (true) {
          list.add(value());
          space();
          if (text.charAt(at) == ',') {
            at++;
          } else {
            expect(']');
            return list;
          }
        }
      }
      case '"' -> {
        return string();
      }
      default -> {
        int start = at;
        while (at < text.length() && "{}[],: \t\r\n".indexOf(text.charAt(at)) < 0) {
          at++;
        }
        String token = text.substring(start, at);
        return switch (token) {
          case "true" -> Boolean.TRUE;
          case "false" -> Boolean.FALSE;
          case "null" -> null;
          default -> new java.math.BigDecimal(token);
        };
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char ch = text.charAt(at++);
      if (ch == '"') {
        return out.toString();
      }
      if (ch == '\\') {
        char esc = text.charAt(at++);
        switch (esc) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> out.append(esc);
        }
      } else {
        out.append(ch);
      }
    }
  }

  private void expect(char ch) {
    if (text.charAt(at) != ch) {
      throw new IllegalArgumentException("expected '" + ch + "' at " + at);
    }
    at++;
  }

  private void space() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }
}
