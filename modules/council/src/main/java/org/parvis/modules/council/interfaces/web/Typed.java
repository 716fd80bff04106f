package org.parvis.modules.council.interfaces.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.Map;
import org.parvis.spi.problem.ProblemException;

/**
 * What a member typed in one form of the members' space, kept to fill the form again when it is
 * refused, with the reason to announce ({@code alert}, null until refused).
 */
record Typed(String form, Map<String, String> values, String alert) {

  static final String MISSING = "urn:parvis:problem:council-form-incomplete";

  static Typed of(String form, MultivaluedMap<String, String> posted) {
    Map<String, String> values = new HashMap<>();
    posted.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0)));
    return new Typed(form, values, null);
  }

  Typed refused(String reason) {
    return new Typed(form, values, reason);
  }

  /** The trimmed value of a field that must be filled, within {@code max} characters. */
  String required(String field, int max) {
    String value = values.getOrDefault(field, "").strip();
    if (value.isEmpty() || value.length() > max) {
      throw ProblemException.invalidField(MISSING, field, "required, at most " + max + " characters");
    }
    return value;
  }

  /** The value typed in {@code field} of {@code formKey} if that form was refused, else {@code fallback}. */
  static String value(Typed refused, String formKey, String field, String fallback) {
    return refused != null && refused.form().equals(formKey)
        ? refused.values().getOrDefault(field, "") : fallback;
  }

  /** The alert announcing why {@code formKey} was refused, or nothing. */
  static String alert(Typed refused, String formKey) {
    return refused != null && refused.form().equals(formKey) && refused.alert() != null
        ? "<p role=\"alert\" class=\"refusal\">" + MemberSpace.e(refused.alert()) + "</p>" : "";
  }

  /**
   * The page with the refusal announced at its top when the refused form is not on it (a form
   * the member was not offered, e.g. deciding an amendment without holding the pen).
   */
  static String unannounced(Typed refused, String html) {
    if (refused == null || refused.alert() == null || html.contains("role=\"alert\"")) {
      return html;
    }
    return "<p role=\"alert\" class=\"refusal\">" + MemberSpace.e(refused.alert()) + "</p>" + html;
  }
}
