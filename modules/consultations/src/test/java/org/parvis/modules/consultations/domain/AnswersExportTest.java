package org.parvis.modules.consultations.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswersExportTest {

  @Test
  void oneRowPerParticipationWithEveryTypeInWords() {
    Map<String, Answer> second = Map.of("q1", new Answer.Choices(List.of("o1")),
        "q6", new Answer.Text("=HYPERLINK(\"x\"), ou \"pas\""));
    String csv = AnswersExport.csv(Questionnaires.everyType(), List.of(QuestionnaireTest.complete(), second));
    String[] lines = csv.split("\r\n");
    assertEquals(3, lines.length, csv);
    assertEquals("participation,q1 Question q1,q2 Question q2,q3 Question q3,q4 Question q4,q5 Question q5,"
        + "q6 Question q6,q7 Question q7,q8 Question q8", lines[0]);
    assertEquals("1,À vélo,Jeux | Arbres,4,Fontaine > Ombre > Calme,Plus de pistes cyclables,", lines[1]
        .substring(0, lines[1].indexOf("\"Une")));
    assertEquals(true, csv.contains("\"Une fontaine,\net des bancs à l'ombre.\""), csv);
    assertEquals(true, csv.contains("Projet A: Très bien | Projet B: Passable,45.188500 5.724500"), csv);
    assertEquals("2,À pied,,,,,\"'=HYPERLINK(\"\"x\"\"), ou \"\"pas\"\"\",,", lines[2]);
  }

  @Test
  void theJsonExportHasTheQuestionnaireAndTheAnswersAsStored() {
    var json = AnswersExport.json("Place", Questionnaires.everyType(), List.of(QuestionnaireTest.complete()));
    assertEquals(1, json.getJsonArray("participations").size());
    assertEquals(4, json.getJsonArray("participations").getJsonObject(0).getInt("q3"));
    assertEquals(2, json.getJsonObject("questionnaire").getJsonArray("sections").size());
  }
}
