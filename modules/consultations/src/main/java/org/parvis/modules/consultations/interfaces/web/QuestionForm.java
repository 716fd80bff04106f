package org.parvis.modules.consultations.interfaces.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parvis.modules.consultations.domain.Condition;
import org.parvis.modules.consultations.domain.ConsultationException;
import org.parvis.modules.consultations.domain.Option;
import org.parvis.modules.consultations.domain.Question;
import org.parvis.modules.consultations.domain.QuestionType;
import org.parvis.spi.web.Form;

/**
 * The question form of the questionnaire editor: its type, label, hint, whether required, its options one a line
 * (numbered {@code o1}, {@code o2}… in the order typed), its limits, a grid's grades one a line best first, and the
 * condition as {@code question/option}.
 */
final class QuestionForm {

  static final String DEFAULT_GRADES = "Très bien\nBien\nAssez bien\nPassable\nInsuffisant\nÀ rejeter";

  private QuestionForm() {}

  /** The question typed, with id {@code id}; {@code null} when refused (the form says why). */
  static Question read(Form form, String id) {
    QuestionType type = form.choice("type", QuestionType.class);
    String label = form.text("label", 500);
    String hint = form.optionalText("hint", 500).orElse("");
    List<String> optionLines = lines(form.optionalParagraphs("options", 6000).orElse(""));
    long min = form.optionalWholeNumber("min", 0, 50).orElse(0);
    long max = form.optionalWholeNumber("max", 0, 50).orElse(0);
    List<String> grades = lines(form.optionalParagraphs("grades", 600).orElse(""));
    Optional<Condition> condition = form.optionalText("condition", 30).filter(c -> c.contains("/"))
        .map(c -> new Condition(c.substring(0, c.indexOf('/')), c.substring(c.indexOf('/') + 1)));
    if (!form.isValid()) {
      return null;
    }
    List<Option> options = new ArrayList<>();
    if (type.hasOptions()) {
      for (int i = 0; i < optionLines.size(); i++) {
        options.add(new Option("o" + (i + 1), optionLines.get(i)));
      }
    }
    int low = type == QuestionType.MULTIPLE_CHOICE ? (int) min : 0;
    int high = switch (type) {
      case MULTIPLE_CHOICE -> max == 0 ? options.size() : (int) max;
      case SCALE -> max == 0 ? 5 : (int) max;
      default -> 0;
    };
    try {
      return new Question(id, type, label, hint, form.checked("required"), options, low, high,
          type == QuestionType.GRID ? grades : List.of(), condition);
    } catch (ConsultationException e) {
      form.refuse(e.field() != null && e.field().equals("option") ? "options" : "type", "admin.question."
          + e.code());
      return null;
    }
  }

  static Form blank(String section) {
    return Form.prefilled(Map.of("section", section, "grades", DEFAULT_GRADES, "required", "on"));
  }

  static Form prefilled(Question q, String section) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("section", section);
    values.put("type", q.type().name());
    values.put("label", q.label());
    values.put("hint", q.hint());
    if (q.required()) {
      values.put("required", "on");
    }
    values.put("options", String.join("\n", q.options().stream().map(Option::label).toList()));
    values.put("min", q.type() == QuestionType.MULTIPLE_CHOICE ? Integer.toString(q.min()) : "");
    values.put("max", q.max() == 0 ? "" : Integer.toString(q.max()));
    values.put("grades", q.grades().isEmpty() ? DEFAULT_GRADES : String.join("\n", q.grades()));
    values.put("condition", q.condition().map(c -> c.question() + "/" + c.option()).orElse(""));
    return Form.prefilled(values);
  }

  private static List<String> lines(String text) {
    return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
