package org.parvis.modules.consultations.domain;

import java.util.List;
import java.util.Optional;

/** A questionnaire asking every type of question, for tests. */
public final class Questionnaires {

  private Questionnaires() {}

  public static Question question(String id, QuestionType type, boolean required, int min, int max,
      List<String> grades, Condition condition, String... options) {
    List<Option> list = new java.util.ArrayList<>();
    for (int i = 0; i < options.length; i++) {
      list.add(new Option("o" + (i + 1), options[i]));
    }
    return new Question(id, type, "Question " + id, "", required, list, min, max, grades,
        Optional.ofNullable(condition));
  }

  /**
   * q1 single (required), q2 multiple 1..2, q3 scale 1..5, q4 ranking, q5 short text (shown if q1 = o2), q6 long
   * text, q7 grid, q8 map point.
   */
  public static Questionnaire everyType() {
    return new Questionnaire(List.of(
        new Section("Vos usages", "", List.of(
            question("q1", QuestionType.SINGLE_CHOICE, true, 0, 0, null, null, "À pied", "À vélo", "En voiture"),
            question("q2", QuestionType.MULTIPLE_CHOICE, false, 1, 2, null, null, "Jeux", "Bancs", "Arbres"),
            question("q3", QuestionType.SCALE, true, 0, 5, null, null),
            question("q4", QuestionType.RANKING, false, 0, 0, null, null, "Ombre", "Calme", "Fontaine"))),
        new Section("Vos idées", "Dites-nous tout.", List.of(
            question("q5", QuestionType.SHORT_TEXT, true, 0, 0, null, new Condition("q1", "o2")),
            question("q6", QuestionType.LONG_TEXT, false, 0, 0, null, null),
            question("q7", QuestionType.GRID, false, 0, 0, List.of("Très bien", "Bien", "Passable", "À rejeter"),
                null, "Projet A", "Projet B"),
            question("q8", QuestionType.MAP_POINT, false, 0, 0, null, null)))));
  }
}
