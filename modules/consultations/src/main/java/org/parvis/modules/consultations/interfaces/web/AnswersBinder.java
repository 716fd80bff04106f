package org.parvis.modules.consultations.interfaces.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.parvis.modules.consultations.domain.Answer;
import org.parvis.modules.consultations.domain.AnswerProblem;
import org.parvis.modules.consultations.domain.Option;
import org.parvis.modules.consultations.domain.Question;
import org.parvis.modules.consultations.domain.Questionnaire;
import org.parvis.spi.web.Form;

/**
 * Reads a questionnaire's answers from its form, and writes answers back as form fields (to show a draft). Field
 * names: {@code q-<question>} for a choice, a scale or a text; {@code q-<question>-<option>} for a ranking's rank
 * or a grid's grade; {@code q-<question>-lat} and {@code -lon} for a point. Every refusal is recorded on {@code
 * q-<question>}, the id of the question's fieldset or input, so that the error summary links to it.
 */
public final class AnswersBinder {

  private AnswersBinder() {}

  public static String field(Question question) {
    return "q-" + question.id();
  }

  /** The answers given in {@code form}; unreadable ones are refused on the form and left out. */
  public static Map<String, Answer> read(Questionnaire questionnaire, Form form, Map<String, List<String>> posted) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Question q : questionnaire.questions()) {
      String field = field(q);
      Answer answer = switch (q.type()) {
        case SINGLE_CHOICE -> form.typed(field).isBlank() ? null : new Answer.Choices(List.of(form.typed(field).strip()));
        case MULTIPLE_CHOICE -> {
          List<String> ticked = posted.getOrDefault(field, List.of());
          List<String> ordered = new ArrayList<>();
          q.options().stream().map(Option::id).filter(ticked::contains).forEach(ordered::add);
          ticked.stream().filter(v -> q.option(v).isEmpty()).forEach(ordered::add); // refused by the domain
          yield ordered.isEmpty() ? null : new Answer.Choices(ordered);
        }
        case SCALE -> {
          OptionalLong value = form.optionalWholeNumber(field, 1, q.max());
          yield value.isPresent() ? new Answer.Scale((int) value.getAsLong()) : null;
        }
        case RANKING -> ranking(q, form);
        case SHORT_TEXT -> form.optionalText(field, Questionnaire.SHORT_TEXT).map(Answer.Text::new).orElse(null);
        case LONG_TEXT -> form.optionalParagraphs(field, Questionnaire.LONG_TEXT).map(Answer.Text::new).orElse(null);
        case GRID -> grid(q, form);
        case MAP_POINT -> point(q, form);
      };
      if (answer != null) {
        answers.put(q.id(), answer);
      }
    }
    return answers;
  }

  /** Records on {@code form} what the questionnaire finds wrong with {@code answers}. */
  public static void check(Questionnaire questionnaire, Map<String, Answer> answers, boolean complete, Form form) {
    for (AnswerProblem problem : questionnaire.problems(answers, complete)) {
      form.refuse("q-" + problem.question(), "answer." + problem.code(), problem.limit());
    }
  }

  /** The form fields showing {@code answers} (several values for a multiple choice). */
  public static Map<String, List<String>> fields(Questionnaire questionnaire, Map<String, Answer> answers) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    answers.forEach((id, answer) -> {
      Question q = questionnaire.question(id).orElse(null);
      if (q == null) {
        return;
      }
      String field = field(q);
      if (answer instanceof Answer.Choices c) {
        if (q.type() == org.parvis.modules.consultations.domain.QuestionType.RANKING) {
          for (int i = 0; i < c.options().size(); i++) {
            fields.put(field + "-" + c.options().get(i), List.of(Integer.toString(i + 1)));
          }
        } else {
          fields.put(field, c.options());
        }
      } else if (answer instanceof Answer.Scale s) {
        fields.put(field, List.of(Integer.toString(s.value())));
      } else if (answer instanceof Answer.Text t) {
        fields.put(field, List.of(t.text()));
      } else if (answer instanceof Answer.Grades g) {
        g.grades().forEach((option, grade) -> fields.put(field + "-" + option, List.of(Integer.toString(grade))));
      } else if (answer instanceof Answer.Point p) {
        fields.put(field + "-lat", List.of(Double.toString(p.latitude())));
        fields.put(field + "-lon", List.of(Double.toString(p.longitude())));
      }
    });
    return fields;
  }

  /** The first value of each field, for {@link Form#prefilled}. */
  public static Map<String, String> firstValues(Map<String, List<String>> fields) {
    Map<String, String> first = new LinkedHashMap<>();
    fields.forEach((name, values) -> first.put(name, values.isEmpty() ? "" : values.get(0)));
    return first;
  }

  private static Answer ranking(Question q, Form form) {
    String field = field(q);
    TreeMap<Long, String> byRank = new TreeMap<>();
    int given = 0;
    for (Option option : q.options()) {
      String typed = form.typed(field + "-" + option.id()).strip();
      if (typed.isEmpty()) {
        continue;
      }
      given++;
      long rank = typed.matches("\\d{1,2}") ? Long.parseLong(typed) : 0;
      if (rank < 1 || rank > q.options().size() || byRank.putIfAbsent(rank, option.id()) != null) {
        form.refuse(field, "answer.ranks", q.options().size());
        return null;
      }
    }
    if (given == 0) {
      return null;
    }
    return new Answer.Choices(new ArrayList<>(byRank.values()));
  }

  private static Answer grid(Question q, Form form) {
    String field = field(q);
    Map<String, Integer> grades = new LinkedHashMap<>();
    for (Option option : q.options()) {
      String typed = form.typed(field + "-" + option.id()).strip();
      if (typed.isEmpty()) {
        continue;
      }
      if (!typed.matches("\\d") || Integer.parseInt(typed) >= q.grades().size()) {
        form.refuse(field, "form.notChoice");
        return null;
      }
      grades.put(option.id(), Integer.parseInt(typed));
    }
    return grades.isEmpty() ? null : new Answer.Grades(grades);
  }

  private static Answer point(Question q, Form form) {
    String field = field(q);
    String lat = form.typed(field + "-lat").strip().replace(',', '.');
    String lon = form.typed(field + "-lon").strip().replace(',', '.');
    if (lat.isEmpty() && lon.isEmpty()) {
      return null;
    }
    String number = "[+-]?\\d{1,3}(\\.\\d{1,8})?";
    if (!lat.matches(number) || !lon.matches(number)) {
      form.refuse(field, "answer.not-a-point");
      return null;
    }
    return new Answer.Point(Double.parseDouble(lat), Double.parseDouble(lon));
  }
}
