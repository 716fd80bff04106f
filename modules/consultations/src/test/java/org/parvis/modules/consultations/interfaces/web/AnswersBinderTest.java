package org.parvis.modules.consultations.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parvis.modules.consultations.domain.Answer;
import org.parvis.modules.consultations.domain.QuestionnaireTestData;
import org.parvis.modules.consultations.domain.Questionnaire;
import org.parvis.modules.consultations.domain.Questionnaires;
import org.parvis.spi.web.Form;

class AnswersBinderTest {

  private final Questionnaire questionnaire = Questionnaires.everyType();

  private static Form form(Map<String, List<String>> fields) {
    MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
    fields.forEach(posted::put);
    return Form.of(posted);
  }

  @Test
  void theFieldsOfEveryTypeReadBackAsTheAnswersTheyShow() {
    Map<String, Answer> answers = QuestionnaireTestData.full();
    Map<String, List<String>> fields = AnswersBinder.fields(questionnaire, answers);
    assertEquals(List.of("o1", "o3"), fields.get("q-q2"));
    assertEquals(List.of("1"), fields.get("q-q4-o3"), "the preferred option is ranked 1");
    Form form = form(fields);
    assertEquals(answers, AnswersBinder.read(questionnaire, form, fields));
    assertTrue(form.isValid(), form::toString);
  }

  @Test
  void typedNumbersAndPointsAreReadAsPeopleWriteThem() {
    Map<String, List<String>> fields = Map.of("q-q1", List.of("o1"), "q-q3", List.of(" 5 "),
        "q-q8-lat", List.of("45,1885"), "q-q8-lon", List.of("5,7245"));
    Form form = form(fields);
    Map<String, Answer> read = AnswersBinder.read(questionnaire, form, fields);
    assertEquals(new Answer.Scale(5), read.get("q3"));
    assertEquals(new Answer.Point(45.1885, 5.7245), read.get("q8"));
    assertTrue(form.isValid(), form::toString);
  }

  @Test
  void unreadableAnswersAreRefusedOnTheirQuestion() {
    Map<String, List<String>> fields = Map.of("q-q1", List.of("o1"), "q-q3", List.of("9"),
        "q-q4-o1", List.of("1"), "q-q4-o2", List.of("1"), "q-q8-lat", List.of("nord"), "q-q8-lon", List.of("5"));
    Form form = form(fields);
    Map<String, Answer> read = AnswersBinder.read(questionnaire, form, fields);
    assertFalse(read.containsKey("q4"));
    assertTrue(form.error("q-q3").isPresent(), form::toString);
    assertEquals("answer.ranks", form.error("q-q4").orElseThrow().key());
    assertEquals("answer.not-a-point", form.error("q-q8").orElseThrow().key());
  }

  @Test
  void theQuestionnaireRefusalsLandOnTheQuestionsFields() {
    Map<String, List<String>> fields = Map.of("q-q1", List.of("o2"), "q-q2", List.of("o1", "o2", "o3"));
    Form form = form(fields);
    Map<String, Answer> read = AnswersBinder.read(questionnaire, form, fields);
    AnswersBinder.check(questionnaire, read, true, form);
    assertEquals("answer.too-many", form.error("q-q2").orElseThrow().key());
    assertEquals("answer.required", form.error("q-q3").orElseThrow().key());
    assertEquals("answer.required", form.error("q-q5").orElseThrow().key(), "the revealed question is required");
    Form draft = form(fields);
    AnswersBinder.check(questionnaire, AnswersBinder.read(questionnaire, draft, fields), false, draft);
    assertFalse(draft.error("q-q3").isPresent(), "a draft may leave required questions");
  }
}
