package org.parvis.modules.consultations.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {

  private final Questionnaire questionnaire = Questionnaires.everyType();

  static Map<String, Answer> complete() {
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("q1", new Answer.Choices(List.of("o2")));
    answers.put("q2", new Answer.Choices(List.of("o1", "o3")));
    answers.put("q3", new Answer.Scale(4));
    answers.put("q4", new Answer.Choices(List.of("o3", "o1", "o2")));
    answers.put("q5", new Answer.Text("Plus de pistes cyclables"));
    answers.put("q6", new Answer.Text("Une fontaine,\net des bancs à l'ombre."));
    answers.put("q7", new Answer.Grades(Map.of("o1", 3, "o2", 1)));
    answers.put("q8", new Answer.Point(45.1885, 5.7245));
    return answers;
  }

  private List<String> codes(Map<String, Answer> answers, boolean complete) {
    return questionnaire.problems(answers, complete).stream().map(p -> p.question() + ":" + p.code()).toList();
  }

  private Map<String, Answer> with(String question, Answer answer) {
    Map<String, Answer> answers = complete();
    answers.put(question, answer);
    return answers;
  }

  @Test
  void everyTypeAnsweredIsAccepted() {
    assertEquals(List.of(), codes(complete(), true));
    assertEquals(complete(), questionnaire.require(complete(), true));
  }

  @Test
  void requiredQuestionsMustBeAnsweredOnSubmitButNotInADraft() {
    Map<String, Answer> answers = complete();
    answers.remove("q3");
    assertEquals(List.of("q3:required"), codes(answers, true));
    assertEquals(List.of(), codes(answers, false));
  }

  @Test
  void singleChoiceTakesExactlyOneKnownOption() {
    assertEquals(List.of("q1:too-many"), codes(with("q1", new Answer.Choices(List.of("o1", "o2"))), true));
    assertEquals(List.of("q1:unknown-option"), codes(with("q1", new Answer.Choices(List.of("o9"))), true));
    assertEquals(List.of("q1:wrong-type"), codes(with("q1", new Answer.Scale(1)), true));
  }

  @Test
  void multipleChoiceKeepsItsLimits() {
    assertEquals(List.of("q2:too-many"), codes(with("q2", new Answer.Choices(List.of("o1", "o2", "o3"))), true));
    assertEquals(List.of("q2:too-few"), codes(with("q2", new Answer.Choices(List.of())), true));
    assertEquals(List.of("q2:unknown-option"), codes(with("q2", new Answer.Choices(List.of("o1", "o1"))), true));
  }

  @Test
  void scaleStaysWithinItsRange() {
    assertEquals(List.of("q3:out-of-range"), codes(with("q3", new Answer.Scale(6)), true));
    assertEquals(List.of("q3:out-of-range"), codes(with("q3", new Answer.Scale(0)), true));
  }

  @Test
  void rankingRanksEveryOptionOnce() {
    assertEquals(List.of("q4:incomplete-ranking"), codes(with("q4", new Answer.Choices(List.of("o1", "o2"))), true));
    assertEquals(List.of("q4:unknown-option"),
        codes(with("q4", new Answer.Choices(List.of("o1", "o1", "o2"))), true));
  }

  @Test
  void textsHaveTheirLengthAndShortOnesOneLine() {
    assertEquals(List.of("q5:too-long"), codes(with("q5", new Answer.Text("x".repeat(201))), true));
    assertEquals(List.of("q5:wrong-type"), codes(with("q5", new Answer.Text("a\nb")), true));
    assertEquals(List.of("q6:too-long"), codes(with("q6", new Answer.Text("x".repeat(4001))), true));
    assertEquals(List.of(), codes(with("q6", new Answer.Text("x".repeat(4000))), true));
  }

  @Test
  void gridGradesEveryOptionOnItsScale() {
    assertEquals(List.of("q7:ungraded"), codes(with("q7", new Answer.Grades(Map.of("o1", 2))), true));
    assertEquals(List.of("q7:out-of-range"), codes(with("q7", new Answer.Grades(Map.of("o1", 4, "o2", 0))), true));
    assertEquals(List.of("q7:unknown-option"),
        codes(with("q7", new Answer.Grades(Map.of("o1", 1, "o2", 1, "o9", 1))), true));
  }

  @Test
  void mapPointIsOnEarth() {
    assertEquals(List.of("q8:out-of-range"), codes(with("q8", new Answer.Point(91, 5)), true));
    assertEquals(List.of("q8:out-of-range"), codes(with("q8", new Answer.Point(45, Double.NaN)), true));
  }

  @Test
  void aConditionalQuestionIsShownOnlyForItsOption() {
    Question q5 = questionnaire.question("q5").orElseThrow();
    assertTrue(questionnaire.shown(q5, complete()));
    Map<String, Answer> onFoot = with("q1", new Answer.Choices(List.of("o1")));
    assertFalse(questionnaire.shown(q5, onFoot));
    // hidden: not required, and an answer sent anyway is dropped
    assertEquals(List.of(), codes(onFoot, true));
    assertFalse(questionnaire.require(onFoot, true).containsKey("q5"));
    Map<String, Answer> noAnswer = complete();
    noAnswer.remove("q5");
    assertEquals(List.of("q5:required"), codes(noAnswer, true));
  }

  @Test
  void aConditionMustNameAnEarlierChoiceQuestionAndOneOfItsOptions() {
    Section later = new Section("S", "", List.of(
        Questionnaires.question("a", QuestionType.SHORT_TEXT, false, 0, 0, null, new Condition("b", "o1")),
        Questionnaires.question("b", QuestionType.SINGLE_CHOICE, false, 0, 0, null, null, "x", "y")));
    assertEquals("invalid-condition",
        assertThrows(ConsultationException.class, () -> new Questionnaire(List.of(later))).code());
    Section unknownOption = new Section("S", "", List.of(
        Questionnaires.question("b", QuestionType.SINGLE_CHOICE, false, 0, 0, null, null, "x", "y"),
        Questionnaires.question("a", QuestionType.SHORT_TEXT, false, 0, 0, null, new Condition("b", "o7"))));
    assertThrows(ConsultationException.class, () -> new Questionnaire(List.of(unknownOption)));
    Section onText = new Section("S", "", List.of(
        Questionnaires.question("b", QuestionType.SHORT_TEXT, false, 0, 0, null, null),
        Questionnaires.question("a", QuestionType.SHORT_TEXT, false, 0, 0, null, new Condition("b", "o1"))));
    assertThrows(ConsultationException.class, () -> new Questionnaire(List.of(onText)));
  }

  @Test
  void questionsCheckTheirOwnShape() {
    assertThrows(ConsultationException.class, () -> Questionnaires.question("q", QuestionType.SINGLE_CHOICE, false,
        0, 0, null, null, "seule"));
    assertThrows(ConsultationException.class, () -> Questionnaires.question("q", QuestionType.MULTIPLE_CHOICE, false,
        2, 1, null, null, "a", "b"));
    assertThrows(ConsultationException.class, () -> Questionnaires.question("q", QuestionType.SCALE, false,
        0, 11, null, null));
    assertThrows(ConsultationException.class, () -> Questionnaires.question("q", QuestionType.GRID, false,
        0, 0, List.of("Bien"), null, "a", "b"));
    assertThrows(ConsultationException.class, () -> Questionnaires.question("Q 1", QuestionType.SHORT_TEXT, false,
        0, 0, null, null));
    Section twice = new Section("S", "", List.of(
        Questionnaires.question("a", QuestionType.SHORT_TEXT, false, 0, 0, null, null),
        Questionnaires.question("a", QuestionType.LONG_TEXT, false, 0, 0, null, null)));
    assertThrows(ConsultationException.class, () -> new Questionnaire(List.of(twice)));
  }

  @Test
  void questionnaireAndAnswersSurviveTheirStoredForm() {
    Questionnaire read = ConsultationJson.readQuestionnaire(ConsultationJson.write(questionnaire));
    assertEquals(questionnaire, read);
    assertEquals(complete(), ConsultationJson.readAnswers(ConsultationJson.write(complete()), read));
  }
}
