package org.parvis.modules.consultations.domain;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The exports of a consultation's submitted answers, anonymised: one row (CSV) or object (JSON) per participation,
 * numbered in the order given (the callers give them in random-id order) — no id, no person, no time.
 */
public final class AnswersExport {

  private AnswersExport() {}

  /**
   * CSV (RFC 4180, comma-separated, UTF-8): a column {@code participation}, then one per question headed {@code
   * <id> <label>}. A choice is its option labels joined by {@code " | "}, a ranking by {@code " > "} (preferred
   * first), a grid {@code option: grade} joined by {@code " | "}, a point {@code latitude longitude}.
   */
  public static String csv(Questionnaire questionnaire, List<Map<String, Answer>> participations) {
    StringBuilder csv = new StringBuilder();
    List<String> header = new ArrayList<>();
    header.add("participation");
    questionnaire.questions().forEach(q -> header.add(q.id() + " " + q.label()));
    line(csv, header);
    int number = 0;
    for (Map<String, Answer> answers : participations) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(++number));
      for (Question q : questionnaire.questions()) {
        Answer answer = answers.get(q.id());
        row.add(answer == null ? "" : cell(q, answer));
      }
      line(csv, row);
    }
    return csv.toString();
  }

  /** JSON: the questionnaire and the list of participations, each its answers as stored. */
  public static JsonObject json(String title, Questionnaire questionnaire,
      List<Map<String, Answer>> participations) {
    JsonArrayBuilder list = jakarta.json.Json.createArrayBuilder();
    participations.forEach(answers -> list.add(ConsultationJson.answers(answers)));
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(ConsultationJson.write(questionnaire)))) {
      return jakarta.json.Json.createObjectBuilder().add("title", title).add("questionnaire", reader.readObject())
          .add("participations", list).build();
    }
  }

  static String cell(Question q, Answer answer) {
    if (answer instanceof Answer.Choices c) {
      return c.options().stream().map(o -> label(q, o))
          .collect(Collectors.joining(q.type() == QuestionType.RANKING ? " > " : " | "));
    }
    if (answer instanceof Answer.Scale s) {
      return Integer.toString(s.value());
    }
    if (answer instanceof Answer.Text t) {
      return t.text();
    }
    if (answer instanceof Answer.Grades g) {
      int size = q.grades().size();
      return q.options().stream().filter(o -> g.grades().containsKey(o.id()))
          .map(o -> o.label() + ": " + q.grades().get(size - 1 - g.grades().get(o.id())))
          .collect(Collectors.joining(" | "));
    }
    Answer.Point p = (Answer.Point) answer;
    return String.format(Locale.ROOT, "%.6f %.6f", p.latitude(), p.longitude());
  }

  private static String label(Question q, String option) {
    return q.option(option).map(Option::label).orElse(option);
  }

  private static void line(StringBuilder csv, List<String> cells) {
    csv.append(cells.stream().map(AnswersExport::escape).collect(Collectors.joining(","))).append("\r\n");
  }

  /** Quoted when needed; a cell a spreadsheet would run as a formula is prefixed with an apostrophe. */
  static String escape(String cell) {
    String value = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
