package org.parvis.core.portal.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.web.FieldError;
import org.parvis.spi.web.Form;

/**
 * A form as its template reads it ({@code form}): what was typed, and each refusal already put in the page's
 * language. {@code summary} lists the refusals in order for the error summary; a refusal of the form as a whole is
 * {@code general}.
 */
public record FormModel(Map<String, String> values, Map<String, String> messages, List<Problem> summary,
    String general) {

  /** One line of the error summary: the field it links to ({@code ""} for the form) and the message. */
  public record Problem(String field, String message) {}

  public static FormModel of(Form form, Texts module, Texts platform) {
    Map<String, String> messages = new LinkedHashMap<>();
    List<Problem> summary = new ArrayList<>();
    String general = null;
    for (FieldError error : form.errors()) {
      String message = message(error, module, platform);
      if (error.field().isEmpty()) {
        general = message;
      } else {
        messages.put(error.field(), message);
      }
      summary.add(new Problem(error.field(), message));
    }
    return new FormModel(form.typed(), messages, summary, general);
  }

  /** The typed value of {@code field}, empty when nothing was typed. */
  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  /** What was typed in the search field of the person picker {@code picker} (the {@code {#person}} tag). */
  public String personQuery(String picker) {
    return value(picker + Form.PERSON_QUERY);
  }

  /** Whether a checkbox or radio value was chosen: {@code checked('f')} or {@code checked('f', 'value')}. */
  public boolean checked(String field) {
    return !value(field).isBlank();
  }

  public boolean checked(String field, String option) {
    return option != null && option.equals(value(field));
  }

  /** The message of {@code field}'s refusal, or {@code null}. */
  public String error(String field) {
    return messages.get(field);
  }

  public boolean invalid(String field) {
    return messages.containsKey(field);
  }

  public boolean refused() {
    return !summary.isEmpty();
  }

  static String message(FieldError error, Texts module, Texts platform) {
    Object[] arguments = error.arguments().toArray();
    if (module != null && module.has(error.key())) {
      return module.get(error.key(), arguments);
    }
    if (platform.has(error.key())) {
      return platform.get(error.key(), arguments);
    }
    return error.detail() == null ? platform.get("form.refused") : error.detail();
  }
}
