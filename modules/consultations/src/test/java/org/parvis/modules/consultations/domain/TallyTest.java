package org.parvis.modules.consultations.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TallyTest {

  private final Questionnaire questionnaire = Questionnaires.everyType();

  private List<Map<String, Answer>> participations() {
    Map<String, Answer> first = QuestionnaireTest.complete();
    Map<String, Answer> second = Map.of(
        "q1", new Answer.Choices(List.of("o1")),
        "q2", new Answer.Choices(List.of("o1")),
        "q3", new Answer.Scale(2),
        "q4", new Answer.Choices(List.of("o1", "o2", "o3")),
        "q7", new Answer.Grades(Map.of("o1", 3, "o2", 0)),
        "q8", new Answer.Point(45.19, 5.73));
    Map<String, Answer> third = Map.of(
        "q1", new Answer.Choices(List.of("o2")),
        "q3", new Answer.Scale(4),
        "q5", new Answer.Text("Des arceaux"),
        "q7", new Answer.Grades(Map.of("o1", 2, "o2", 2)));
    return List.of(first, second, third);
  }

  private Tally tally(String question) {
    return Tally.of(questionnaire.question(question).orElseThrow(), participations());
  }

  @Test
  void choicesAreCountedPerOption() {
    assertEquals(3, tally("q1").respondents());
    assertEquals(Map.of("o1", 1L, "o2", 2L, "o3", 0L), tally("q1").counts());
    assertEquals(2, tally("q2").respondents());
    assertEquals(Map.of("o1", 2L, "o2", 0L, "o3", 1L), tally("q2").counts());
  }

  @Test
  void scaleValuesAreCountedEvenWhenNobodyChoseThem() {
    assertEquals(Map.of("1", 0L, "2", 1L, "3", 0L, "4", 2L, "5", 0L), tally("q3").counts());
  }

  @Test
  void rankingsGiveFirstPlacesAndBordaPoints() {
    Tally ranking = tally("q4");
    assertEquals(2, ranking.respondents());
    assertEquals(Map.of("o1", 1L, "o2", 0L, "o3", 1L), ranking.counts());
    // first: o3=3 o1=2 o2=1; second: o1=3 o2=2 o3=1
    assertEquals(List.of("o1", "o3", "o2"), List.copyOf(ranking.rankPoints().keySet()));
    assertEquals(Map.of("o1", 5L, "o3", 4L, "o2", 3L), ranking.rankPoints());
  }

  @Test
  void textsAndPointsAreCollected() {
    assertEquals(List.of("Plus de pistes cyclables", "Des arceaux"), tally("q5").texts());
    assertEquals(1, tally("q6").respondents());
    assertEquals(List.of(new Answer.Point(45.1885, 5.7245), new Answer.Point(45.19, 5.73)), tally("q8").points());
  }

  @Test
  void gridsAreCountedByMajorityJudgment() {
    Tally grid = tally("q7");
    assertEquals(3, grid.respondents());
    // o1: grades 3,3,2 (3 = "Très bien") → majority grade 3; o2: 1,0,2 → majority grade 1
    assertEquals(List.of("o1"), grid.grid().winners());
    assertEquals(3, grid.grid().of("o1").majorityGrade().orElseThrow());
    assertEquals(1, grid.grid().of("o2").majorityGrade().orElseThrow());
  }
}
