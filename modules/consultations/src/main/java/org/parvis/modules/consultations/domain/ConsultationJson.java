package org.parvis.modules.consultations.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How questionnaires and answers are stored (a JSON text column each) and exported. Reading checks again what
 * construction checks: a stored text that no longer satisfies the domain fails loudly.
 */
public final class ConsultationJson {

  private ConsultationJson() {}

  public static String write(Questionnaire questionnaire) {
    JsonArrayBuilder sections = jakarta.json.Json.createArrayBuilder();
    for (Section section : questionnaire.sections()) {
      JsonArrayBuilder questions = jakarta.json.Json.createArrayBuilder();
      for (Question q : section.questions()) {
        JsonObjectBuilder question = jakarta.json.Json.createObjectBuilder()
            .add("id", q.id()).add("type", q.type().name()).add("label", q.label()).add("hint", q.hint())
            .add("required", q.required()).add("min", q.min()).add("max", q.max());
        JsonArrayBuilder options = jakarta.json.Json.createArrayBuilder();
        q.options().forEach(o -> options.add(jakarta.json.Json.createObjectBuilder().add("id", o.id())
            .add("label", o.label())));
        question.add("options", options);
        JsonArrayBuilder grades = jakarta.json.Json.createArrayBuilder();
        q.grades().forEach(grades::add);
        question.add("grades", grades);
        q.condition().ifPresent(c -> question.add("condition", jakarta.json.Json.createObjectBuilder()
            .add("question", c.question()).add("option", c.option())));
        questions.add(question);
      }
      sections.add(jakarta.json.Json.createObjectBuilder().add("title", section.title()).add("intro", section.intro())
          .add("questions", questions));
    }
    return jakarta.json.Json.createObjectBuilder().add("sections", sections).build().toString();
  }

  public static Questionnaire readQuestionnaire(String text) {
    JsonObject root = parse(text);
    List<Section> sections = new ArrayList<>();
    for (JsonObject s : root.getJsonArray("sections").getValuesAs(JsonObject.class)) {
      List<Question> questions = new ArrayList<>();
      for (JsonObject q : s.getJsonArray("questions").getValuesAs(JsonObject.class)) {
        List<Option> options = q.getJsonArray("options").getValuesAs(JsonObject.class).stream()
            .map(o -> new Option(o.getString("id"), o.getString("label"))).toList();
        List<String> grades = q.getJsonArray("grades").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString).toList();
        Optional<Condition> condition = q.containsKey("condition")
            ? Optional.of(new Condition(q.getJsonObject("condition").getString("question"),
                q.getJsonObject("condition").getString("option")))
            : Optional.empty();
        questions.add(new Question(q.getString("id"), QuestionType.valueOf(q.getString("type")), q.getString("label"),
            q.getString("hint", ""), q.getBoolean("required"), options, q.getInt("min"), q.getInt("max"), grades,
            condition));
      }
      sections.add(new Section(s.getString("title"), s.getString("intro", ""), questions));
    }
    return new Questionnaire(sections);
  }

  /** The answers as a JSON object by question id: a choice as an array of option ids, a grid as an object. */
  public static JsonObject answers(Map<String, Answer> answers) {
    JsonObjectBuilder root = jakarta.json.Json.createObjectBuilder();
    answers.forEach((question, answer) -> root.add(question, value(answer)));
    return root.build();
  }

  public static String write(Map<String, Answer> answers) {
    return answers(answers).toString();
  }

  private static JsonValue value(Answer answer) {
    if (answer instanceof Answer.Choices c) {
      JsonArrayBuilder array = jakarta.json.Json.createArrayBuilder();
      c.options().forEach(array::add);
      return array.build();
    }
    if (answer instanceof Answer.Scale s) {
      return jakarta.json.Json.createValue(s.value());
    }
    if (answer instanceof Answer.Text t) {
      return jakarta.json.Json.createValue(t.text());
    }
    if (answer instanceof Answer.Grades g) {
      JsonObjectBuilder object = jakarta.json.Json.createObjectBuilder();
      g.grades().forEach(object::add);
      return object.build();
    }
    Answer.Point p = (Answer.Point) answer;
    return jakarta.json.Json.createObjectBuilder().add("lat", p.latitude()).add("lon", p.longitude()).build();
  }

  /** Reads answers written by {@link #write(Map)}; the questionnaire says how to read each. */
  public static Map<String, Answer> readAnswers(String text, Questionnaire questionnaire) {
    JsonObject root = parse(text);
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : root.entrySet()) {
      Question question = questionnaire.question(entry.getKey()).orElse(null);
      if (question == null) {
        continue;
      }
      JsonValue v = entry.getValue();
      answers.put(entry.getKey(), switch (question.type()) {
        case SINGLE_CHOICE, MULTIPLE_CHOICE, RANKING -> new Answer.Choices(((JsonArray) v)
            .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        case SCALE -> new Answer.Scale(((JsonNumber) v).intValue());
        case SHORT_TEXT, LONG_TEXT -> new Answer.Text(((JsonString) v).getString());
        case GRID -> {
          Map<String, Integer> grades = new LinkedHashMap<>();
          ((JsonObject) v).forEach((option, grade) -> grades.put(option, ((JsonNumber) grade).intValue()));
          yield new Answer.Grades(grades);
        }
        case MAP_POINT -> new Answer.Point(((JsonObject) v).getJsonNumber("lat").doubleValue(),
            ((JsonObject) v).getJsonNumber("lon").doubleValue());
      });
    }
    return answers;
  }

  private static JsonObject parse(String text) {
    try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
