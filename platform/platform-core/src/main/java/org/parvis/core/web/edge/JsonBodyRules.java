package org.parvis.core.web.edge;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.text.SafeText;

/**
 * What every JSON request body must respect, whatever resource reads it: no string (value or
 * name) with characters {@link SafeText} refuses in multi-line text, and no {@code null} element
 * in a list. One-line fields are checked further by {@code @SingleLine} at the edge validation.
 */
public final class JsonBodyRules {

  private JsonBodyRules() {}

  /**
   * The violations found, as {@code {field, message}} (the field as {@code roles[0]} or {@code
   * branding.name}); empty when the body is acceptable or empty.
   *
   * @throws ProblemException 400 {@code malformed-body} when the body is not JSON at all (refused
   *     here, in one line, rather than by the JSON provider, which logs a stack trace per body)
   */
  public static List<Map<String, String>> violations(byte[] body) {
    List<Map<String, String>> errors = new ArrayList<>();
    Deque<Object> path = new ArrayDeque<>();
    try (JsonParser parser = Json.createParser(
        new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
      while (parser.hasNext() && errors.size() < 20) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT, START_ARRAY -> {
            advance(path);
            path.push(event == JsonParser.Event.START_ARRAY ? (Object) (-1) : "");
          }
          case END_OBJECT, END_ARRAY -> path.pop();
          case KEY_NAME -> {
            path.pop();
            path.push(parser.getString());
            SafeText.problem(parser.getString(), false).ifPresent(problem ->
                errors.add(Map.of("field", name(path), "message", "its name " + problem)));
          }
          case VALUE_NULL -> {
            advance(path);
            if (path.peek() instanceof Integer) {
              errors.add(Map.of("field", name(path), "message", "must not be null"));
            }
          }
          case VALUE_STRING -> {
            advance(path);
            SafeText.problem(parser.getString(), true).ifPresent(problem ->
                errors.add(Map.of("field", name(path), "message", problem)));
          }
          default -> advance(path);
        }
      }
    } catch (JsonException | java.util.NoSuchElementException e) {
      if (new String(body, StandardCharsets.UTF_8).isBlank()) {
        return errors;
      }
      throw ProblemException.badRequest("urn:parvis:problem:malformed-body",
          "The request body is not valid JSON", Map.of());
    }
    return errors;
  }

  /** Moves to the next element when inside a list. */
  private static void advance(Deque<Object> path) {
    if (path.peek() instanceof Integer index) {
      path.pop();
      path.push(index + 1);
    }
  }

  private static String name(Deque<Object> path) {
    StringBuilder out = new StringBuilder();
    var elements = new ArrayList<>(path);
    for (int i = elements.size() - 1; i >= 0; i--) {
      Object element = elements.get(i);
      if (element instanceof Integer index) {
        out.append('[').append(index).append(']');
      } else if (!element.toString().isEmpty()) {
        out.append(out.length() == 0 ? "" : ".").append(element);
      }
    }
    return out.length() == 0 ? "body" : out.toString();
  }
}
