package org.parvis.modules.budget.interfaces.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What was typed in a refused form of a page with several forms: the form's id and its fields,
 * so that the page shows that form again as it was sent and the others empty.
 */
record TypedForm(String form, Map<String, String> values) {

  static final TypedForm NOTHING = new TypedForm("", Map.of());

  static TypedForm of(String form, MultivaluedMap<String, String> posted) {
    return new TypedForm(form, fields(posted));
  }

  /** The first value of each posted field but the form token, in the order posted. */
  static Map<String, String> fields(MultivaluedMap<String, String> posted) {
    Map<String, String> values = new LinkedHashMap<>();
    posted.forEach((k, v) -> {
      if (!k.equals("csrf") && !v.isEmpty() && v.get(0) != null) {
        values.put(k, v.get(0));
      }
    });
    return values;
  }

  /** The typed value of {@code field} if {@code form} is the refused one, else empty. */
  String value(String form, String field) {
    return value(form, field, "");
  }

  /** The typed value of {@code field} if {@code form} is the refused one, else {@code otherwise}. */
  String value(String form, String field, String otherwise) {
    return this.form.equals(form) ? values.getOrDefault(field, "") : otherwise;
  }
}
