package org.parvis.modules.consultations.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One question.
 *
 * @param id its id within the questionnaire ({@code [a-z0-9]{1,12}})
 * @param min multiple choice: the fewest options to tick when answering (0 for none)
 * @param max multiple choice: the most options; scale: the top of the scale (2 to 10); otherwise 0
 * @param grades grid: the grade labels, best first (2 to 7); otherwise empty
 * @param condition shown only when an earlier choice question was answered with an option
 */
public record Question(String id, QuestionType type, String label, String hint, boolean required,
    List<Option> options, int min, int max, List<String> grades, Optional<Condition> condition) {

  public Question {
    Questionnaire.requireId(id, "question");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    hint = hint == null ? "" : hint;
    options = List.copyOf(options == null ? List.of() : options);
    grades = List.copyOf(grades == null ? List.of() : grades);
    condition = condition == null ? Optional.empty() : condition;
    if (label.isBlank() || label.length() > 500) {
      throw invalid(id, "a question needs a label of 1 to 500 characters");
    }
    if (type.hasOptions() && options.size() < 2) {
      throw invalid(id, "a question of this type needs at least two options");
    }
    if (!type.hasOptions() && !options.isEmpty()) {
      throw invalid(id, "a question of this type has no options");
    }
    Set<String> seen = new HashSet<>();
    for (Option option : options) {
      if (!seen.add(option.id())) {
        throw invalid(id, "two options with the id " + option.id());
      }
    }
    switch (type) {
      case MULTIPLE_CHOICE -> {
        if (min < 0 || max < Math.max(1, min) || max > options.size()) {
          throw invalid(id, "limits must satisfy 0 <= min <= max <= options");
        }
      }
      case SCALE -> {
        if (min != 0 || max < 2 || max > 10) {
          throw invalid(id, "a scale goes from 1 to 2..10");
        }
      }
      default -> {
        if (min != 0 || max != 0) {
          throw invalid(id, "limits only apply to multiple choice and scales");
        }
      }
    }
    if (type == QuestionType.GRID) {
      if (grades.size() < 2 || grades.size() > 7 || grades.stream().anyMatch(String::isBlank)
          || new HashSet<>(grades).size() != grades.size()) {
        throw invalid(id, "a grid needs 2 to 7 distinct grades");
      }
    } else if (!grades.isEmpty()) {
      throw invalid(id, "only grids have grades");
    }
  }

  public Optional<Option> option(String optionId) {
    return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
  }

  private static ConsultationException invalid(String id, String message) {
    return new ConsultationException("invalid-questionnaire", id, message);
  }
}
