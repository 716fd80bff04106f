package org.parvis.modules.consultations.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnaireEditsTest {

  private final Questionnaire questionnaire = Questionnaires.everyType();

  private static List<String> ids(Questionnaire q) {
    return q.questions().stream().map(Question::id).toList();
  }

  @Test
  void questionsAreAddedToTheirSectionOrToANewOne() {
    assertEquals("q9", questionnaire.nextQuestionId());
    Question extra = Questionnaires.question("q9", QuestionType.SHORT_TEXT, false, 0, 0, null, null);
    Questionnaire added = questionnaire.withQuestion("Vos usages", extra);
    assertEquals(List.of("q1", "q2", "q3", "q4", "q9", "q5", "q6", "q7", "q8"), ids(added));
    Questionnaire third = questionnaire.withQuestion("Pour finir", extra);
    assertEquals(3, third.sections().size());
  }

  @Test
  void questionsMoveWithinAndAcrossSectionsButNeverAboveTheirCondition() {
    assertEquals(List.of("q2", "q1", "q3", "q4", "q5", "q6", "q7", "q8"), ids(questionnaire.moved("q2", true)));
    Questionnaire across = questionnaire.moved("q5", true);
    assertEquals(List.of("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8"), ids(across));
    assertEquals(5, across.sections().get(0).questions().size());
    assertEquals(List.of("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8"), ids(questionnaire.moved("q1", true)));
    Questionnaire before = questionnaire.moved("q2", true).moved("q3", true).moved("q4", true);
    assertThrows(ConsultationException.class, () -> before.moved("q5", true).moved("q5", true).moved("q5", true)
        .moved("q5", true).moved("q5", true));
  }

  @Test
  void aQuestionAnotherDependsOnCannotBeRemoved() {
    assertEquals("question-in-use", assertThrows(ConsultationException.class, () -> questionnaire.without("q1"))
        .code());
    Questionnaire fewer = questionnaire.without("q5").without("q6").without("q7").without("q8");
    assertEquals(1, fewer.sections().size());
    assertEquals(List.of("q2", "q3", "q4"), ids(fewer.without("q1")), "once q5 is gone, q1 may go");
  }

  @Test
  void aQuestionIsReplacedInPlace() {
    Question changed = Questionnaires.question("q3", QuestionType.SCALE, false, 0, 7, null, null);
    assertEquals(7, questionnaire.withReplaced(changed).question("q3").orElseThrow().max());
  }
}
