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
    String general, Map<String, String> labels, Map<String, String> anchors) {

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
    return new FormModel(form.typed(), messages, summary, general, new LinkedHashMap<>(), new LinkedHashMap<>());
  }

  /**
   * Remembers the label of {@code field} as a field tag prints it, so that the error summary can name the field
   * ("Titre : Ce champ est obligatoire.") rather than repeat a bare message; prints nothing. The summary comes
   * before the fields, so a refused form is rendered a second time once the labels are known
   * ({@link #learntLabelsForItsSummary()}).
   */
  public String learn(String field, Object id, Object label) {
    if (field != null && label != null && !label.toString().isBlank()) {
      // The summary names the field shortly: "À qui ?" as "À qui" before its own colon, "Catégorie (par exemple :
      // mobilité)" as "Catégorie".
      String name = label.toString().strip().replaceAll("[\\s\u00a0\u202f]*\\([^()]*\\)$", "")
          .replaceAll("[\\s\u00a0\u202f]*[?:]+$", "");
      labels.putIfAbsent(field, name.isBlank() ? label.toString().strip() : name);
      if (id != null && !field.equals(id.toString())) {
        anchors.putIfAbsent(field, id.toString());
      }
    }
    return "";
  }

  /** The id of the control of {@code field} for the summary's link: the tag's {@code id}, else the field's name. */
  public String anchorOf(String field) {
    return anchors.getOrDefault(field, field);
  }

  /** The label of {@code field} learnt from its tag, or {@code null}. */
  public String labelOf(String field) {
    return labels.get(field);
  }

  /** Whether the labels of some refused fields were learnt, so that a second rendering names them in the summary. */
  public boolean learntLabelsForItsSummary() {
    return refused() && summary.stream().anyMatch(p -> !p.field().isEmpty() && labels.containsKey(p.field()));
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
