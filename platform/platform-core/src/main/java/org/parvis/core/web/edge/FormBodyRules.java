package org.parvis.core.web.edge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parvis.spi.text.SafeText;

/**
 * What every {@code application/x-www-form-urlencoded} body must respect: valid percent-encoded
 * UTF-8, field names on one line, values ({@code <textarea>}s included) free of the characters
 * {@link SafeText} refuses in multi-line text.
 */
public final class FormBodyRules {

  private FormBodyRules() {}

  /** The violations found, as {@code {field, message}}; empty when the form is acceptable. */
  public static List<Map<String, String>> violations(byte[] body) {
    List<Map<String, String>> errors = new ArrayList<>();
    String raw = new String(body, StandardCharsets.UTF_8);
    if (raw.isEmpty()) {
      return errors;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      var name = RequestTargets.decode(equals < 0 ? pair : pair.substring(0, equals), true);
      var value = RequestTargets.decode(equals < 0 ? "" : pair.substring(equals + 1), true);
      if (name.isEmpty() || value.isEmpty()) {
        errors.add(Map.of("field", "body", "message", "is not valid percent-encoded UTF-8"));
        return errors;
      }
      SafeText.problem(name.get(), false)
          .or(() -> SafeText.problem(value.get(), true))
          .ifPresent(problem -> errors.add(Map.of("field", printable(name.get()), "message", problem)));
    }
    return errors;
  }

  private static String printable(String name) {
    return SafeText.isSafe(name, false) ? name : "(field with an unsafe name)";
  }
}
