package org.parvis.modules.consultations.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parvis.modules.consultations.domain.Answer;
import org.parvis.modules.consultations.domain.QuestionType;
import org.parvis.modules.consultations.domain.Questionnaire;
import org.parvis.modules.consultations.domain.Tally;

class ConsultationsDemoTest {

  @Test
  void theSquareAsksEveryTypeOfQuestionAndEveryDemoAnswerFitsIt() {
    Questionnaire square = ConsultationsDemo.squareQuestionnaire();
    assertEquals(9, square.questions().size());
    for (QuestionType type : QuestionType.values()) {
      assertTrue(square.questions().stream().anyMatch(q -> q.type() == type), type::name);
    }
    List<Map<String, Answer>> all = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Map<String, Answer> answers = ConsultationsDemo.squareAnswers(i);
      assertEquals(List.of(), square.problems(answers, true), "demo person " + i);
      assertEquals(answers, square.keptAnswers(answers), "no demo answer to a hidden question");
      all.add(answers);
    }
    assertEquals(12, Tally.of(square.question("q5").orElseThrow(), all).respondents());
  }

  @Test
  void theCyclingPlanAnswersFitItsQuestionnaire() {
    Questionnaire bikes = ConsultationsDemo.bikesQuestionnaire();
    for (int i = 0; i < 12; i++) {
      assertEquals(List.of(), bikes.problems(ConsultationsDemo.bikesAnswers(i), true), "demo person " + i);
    }
  }
}
