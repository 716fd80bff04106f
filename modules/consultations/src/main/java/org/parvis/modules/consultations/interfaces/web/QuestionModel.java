package org.parvis.modules.consultations.interfaces.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parvis.modules.consultations.domain.Option;
import org.parvis.modules.consultations.domain.Question;
import org.parvis.spi.i18n.Texts;

/**
 * One question of the questionnaire form, ready for its template: {@code kind} says how it is drawn ({@code choice}
 * — radio buttons or checkboxes in a fieldset, scales too —, {@code ranking}, {@code grid}, {@code short}, {@code
 * long}, {@code point}).
 */
public record QuestionModel(String field, String kind, String label, String hint, boolean required,
    List<Choice> choices, List<Row> rows, int max, String lat, String lon) {

  /** A radio button or a checkbox. */
  public record Choice(String type, String name, String id, String value, String label, boolean checked,
      boolean required) {}

  /** A ranking's option (a number field) or a grid's option (its grades as radio buttons). */
  public record Row(String label, String name, String id, String value, List<Choice> choices) {}

  static QuestionModel of(Question q, Map<String, List<String>> typed, Texts t) {
    String field = AnswersBinder.field(q);
    List<Choice> choices = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    String hint = q.hint();
    String kind;
    int max = 0;
    switch (q.type()) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        kind = "choice";
        boolean single = q.type() == org.parvis.modules.consultations.domain.QuestionType.SINGLE_CHOICE;
        List<String> ticked = typed.getOrDefault(field, List.of());
        for (int i = 0; i < q.options().size(); i++) {
          Option o = q.options().get(i);
          choices.add(new Choice(single ? "radio" : "checkbox", field, field + "-" + o.id(), o.id(), o.label(),
              ticked.contains(o.id()), single && q.required()));
        }
        if (!single) {
          hint = join(hint, q.min() == q.max() ? t.get("hint.exactly", q.max())
              : t.get("hint.between", Math.max(1, q.min()), q.max()));
        }
      }
      case SCALE -> {
        kind = "choice";
        List<String> ticked = typed.getOrDefault(field, List.of());
        for (int value = 1; value <= q.max(); value++) {
          String v = Integer.toString(value);
          choices.add(new Choice("radio", field, field + "-" + v, v, v, ticked.contains(v), q.required()));
        }
        hint = join(hint, t.get("hint.scale", q.max()));
      }
      case RANKING -> {
        kind = "ranking";
        max = q.options().size();
        for (Option o : q.options()) {
          String name = field + "-" + o.id();
          rows.add(new Row(o.label(), name, name, first(typed, name), List.of()));
        }
        hint = join(hint, t.get("hint.ranking", max));
      }
      case GRID -> {
        kind = "grid";
        int size = q.grades().size();
        for (Option o : q.options()) {
          String name = field + "-" + o.id();
          String chosen = first(typed, name);
          List<Choice> grades = new ArrayList<>();
          for (int i = 0; i < size; i++) {
            String grade = Integer.toString(size - 1 - i); // best first, numbered 0 = worst
            grades.add(new Choice("radio", name, name + "-" + grade, grade, q.grades().get(i), grade.equals(chosen),
                q.required()));
          }
          rows.add(new Row(o.label(), name, name, chosen, grades));
        }
        hint = join(hint, t.get("hint.grid"));
      }
      case SHORT_TEXT -> {
        kind = "short";
        max = org.parvis.modules.consultations.domain.Questionnaire.SHORT_TEXT;
      }
      case LONG_TEXT -> {
        kind = "long";
        max = org.parvis.modules.consultations.domain.Questionnaire.LONG_TEXT;
      }
      case MAP_POINT -> {
        kind = "point";
        hint = join(hint, t.get("hint.point"));
      }
      default -> throw new IllegalStateException();
    }
    return new QuestionModel(field, kind, q.label(), hint, q.required(), choices, rows, max,
        first(typed, field + "-lat"), first(typed, field + "-lon"));
  }

  private static String first(Map<String, List<String>> typed, String name) {
    List<String> values = typed.getOrDefault(name, List.of());
    return values.isEmpty() ? "" : values.get(0);
  }

  private static String join(String hint, String more) {
    return hint.isBlank() ? more : hint + " " + more;
  }
}
