package org.parvis.modules.consultations.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.core.portal.views.TemplatePreview;
import org.parvis.core.portal.views.Visitor;
import org.parvis.modules.consultations.domain.Answer;
import org.parvis.modules.consultations.domain.Question;
import org.parvis.modules.consultations.domain.Questionnaire;
import org.parvis.modules.consultations.domain.Questionnaires;
import org.parvis.modules.consultations.domain.Section;
import org.parvis.modules.consultations.interfaces.web.ConsultationPageModels.AnswerPage;
import org.parvis.modules.consultations.interfaces.web.ConsultationPageModels.Card;
import org.parvis.modules.consultations.interfaces.web.ConsultationPageModels.Group;
import org.parvis.modules.consultations.interfaces.web.ConsultationPageModels.Index;
import org.parvis.modules.consultations.interfaces.web.ConsultationPageModels.Page;
import org.parvis.modules.consultations.interfaces.web.ConsultationPageModels.SectionModel;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.web.Form;

class ConsultationsTemplatesTest {

  private static final UUID ID = UUID.fromString("3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b");
  private static final Texts FR = Texts.of("messages.consultations", java.util.Locale.FRENCH);

  private static Page page(String standing, boolean submitted, List<String> conclusions) {
    return new Page(ID, "Place Saint-Bruno", "Ouverte", "Du 1 décembre 2026 au 31 décembre 2026 à 18:00",
        List.of("La place sera refaite en 2027.", "Dites-nous ce qui compte pour vous."),
        "Les habitantes et habitants vérifiés, une participation par personne.", "Anonymes", 1234, standing, FR.get("standing." + standing), false,
        submitted, true, conclusions, conclusions.isEmpty() ? null : "15 janvier 2027");
  }

  private static String render(String template, Form form, Map<String, Object> data) {
    return TemplatePreview.render("consultations/" + template, "fr", form, Visitor.ANONYMOUS, data);
  }

  private static AnswerPage answerPage(Map<String, List<String>> typed, Map<String, Answer> answers,
      boolean anonymous) {
    Questionnaire questionnaire = Questionnaires.everyType();
    List<SectionModel> sections = new java.util.ArrayList<>();
    for (Section section : questionnaire.sections()) {
      List<QuestionModel> questions = new java.util.ArrayList<>();
      for (Question q : section.questions()) {
        if (questionnaire.shown(q, answers)) {
          questions.add(QuestionModel.of(q, typed, FR));
        }
      }
      sections.add(new SectionModel(section.title(), ConsultationPageModels.lines(section.intro()), questions));
    }
    return new AnswerPage(ID, "Place Saint-Bruno", "31 décembre 2026 à 18:00", anonymous, true, false, sections);
  }

  @Test
  void theListGroupsConsultations() {
    String html = render("index", Form.empty(), Map.of("index", new Index(
        List.of(new Group("open", "En cours", List.of(new Card(ID, "Place <Saint-Bruno>", "Ouverte", "Du 1 au 31 décembre")))))));
    assertTrue(html.contains("<h2 id=\"group-open\">En cours</h2>"), html);
    assertTrue(html.contains("Place &lt;Saint-Bruno&gt;"), html);
    assertFalse(html.contains("group-closed"), html);
  }

  @Test
  void theConsultationPageSaysWhoMayAnswerAndLinksToTheQuestionnaire() {
    String html = render("consultation", Form.empty(), Map.of("consultation", page("MAY_ANSWER", false, List.of())));
    assertTrue(html.contains("Qui peut répondre"), html);
    assertTrue(html.contains("1 234") || html.contains("1\u202f234") || html.contains("1\u00a0234"), html);
    assertTrue(html.contains("href=\"/consultations/" + ID + "/answer\""), html);
    assertFalse(html.contains("Ce que nous avons entendu"), html);
    String verify = render("consultation", Form.empty(), Map.of("consultation", page("VERIFY", false, List.of())));
    assertTrue(verify.contains("href=\"/me/residency\""), verify);
    assertFalse(verify.contains("/answer\""), verify);
    String concluded = render("consultation", Form.empty(), Map.of("consultation",
        page("CLOSED", false, List.of("Nous garderons les platanes."))));
    assertTrue(concluded.contains("Ce que nous avons entendu, ce que nous avons décidé"), concluded);
    assertTrue(concluded.contains("Nous garderons les platanes."), concluded);
    assertTrue(concluded.contains("/results\""), concluded);
  }

  @Test
  void theQuestionnaireDrawsEveryTypeAccessiblyAndHidesConditionalQuestions() {
    String html = render("answer", Form.empty(), Map.of("answering", answerPage(Map.of(), Map.of(), false),
        "email", true));
    assertEquals(2, html.split("<h2 id=\"section-").length - 1, html);
    assertTrue(html.contains("<fieldset id=\"q-q1\""), html);
    assertTrue(html.contains("<input type=\"radio\" name=\"q-q1\" id=\"q-q1-o1\" value=\"o1\"><label for=\"q-q1-o1\">À pied</label>"), html);
    assertTrue(html.contains("type=\"checkbox\" name=\"q-q2\""), html);
    assertTrue(html.contains("Choisissez de 1 à 2 réponses."), html);
    assertTrue(html.contains("<label for=\"q-q4-o1\">Ombre</label> <input type=\"number\" id=\"q-q4-o1\""), html);
    assertTrue(html.contains("<legend>Projet A</legend>"), html);
    assertTrue(html.contains("id=\"q-q7-o1-3\" value=\"3\"><label for=\"q-q7-o1-3\">Très bien</label>"), html);
    assertTrue(html.contains("<label for=\"q-q8-lat\">Latitude (degrés)</label>"), html);
    assertTrue(html.contains("<textarea id=\"q-q6\" name=\"q-q6\""), html);
    // q5 is shown only for those who come by bike
    assertFalse(html.contains("q-q5"), html);
    assertTrue(html.contains("formnovalidate"), html);
    assertTrue(html.contains("name=\"keepInformed\""), html);
  }

  @Test
  void aRefusedQuestionnaireKeepsWhatWasTypedAndShowsTheRevealedQuestionWithItsMessage() {
    Map<String, List<String>> typed = Map.of("q-q1", List.of("o2"), "q-q2", List.of("o1", "o3"),
        "q-q6", List.of("Des bancs <à l'ombre>"));
    Form form = Form.prefilled(AnswersBinder.firstValues(typed));
    form.refuse("q-q5", "answer.required");
    String html = render("answer", form, Map.of("answering",
        answerPage(typed, Map.of("q1", new Answer.Choices(List.of("o2"))), true), "email", false));
    assertTrue(html.contains("role=\"alert\""), html);
    assertTrue(html.contains("<a href=\"#q-q5\">Question q5 : Répondez à cette question.</a>"), html);
    assertTrue(html.contains("id=\"q-q1-o2\" value=\"o2\" checked"), html);
    assertTrue(html.contains("id=\"q-q2-o3\" value=\"o3\" checked"), html);
    assertTrue(html.contains("Des bancs &lt;à l&#39;ombre&gt;") || html.contains("Des bancs &lt;à l&#x27;ombre&gt;"),
        html);
    assertTrue(html.contains("id=\"q-q5\""), html);
    assertTrue(html.contains("anonymes"), html);
    assertFalse(html.contains("keepInformed"), html);
  }

  @Test
  void theConfirmationSaysWhetherAnswersMayStillChange() {
    String changeable = render("saved", Form.empty(), Map.of("consultation", page("MAY_ANSWER", true, List.of()),
        "changeable", true));
    assertTrue(changeable.contains("Vos réponses à « Place Saint-Bruno » sont enregistrées."), changeable);
    assertTrue(changeable.contains("Modifier mes réponses"), changeable);
    String anonymous = render("saved", Form.empty(), Map.of("consultation", page("ANSWERED", false, List.of()),
        "changeable", false));
    assertTrue(anonymous.contains("ne peuvent plus être modifiées"), anonymous);
  }

  @Test
  void resultsShowEachQuestionAsAChartAndTheSameNumbersInATable() {
    Questionnaire questionnaire = Questionnaires.everyType();
    List<Map<String, Answer>> answers = List.of(org.parvis.modules.consultations.domain.QuestionnaireTestData.full(),
        Map.of("q1", new Answer.Choices(List.of("o1")), "q3", new Answer.Scale(2),
            "q7", new Answer.Grades(Map.of("o1", 2, "o2", 0))));
    List<ResultsPageModels.QuestionResults> questions = new java.util.ArrayList<>();
    for (Question q : questionnaire.questions()) {
      List<String> published = q.id().equals("q5") ? List.of("Des <arceaux>") : List.of();
      questions.add(ResultsPageModels.question(new org.parvis.modules.consultations.application.ConsultationResults
          .QuestionResult(q, org.parvis.modules.consultations.domain.Tally.of(q, answers), published), FR));
    }
    String html = render("results", Form.empty(), Map.of("results",
        new ResultsPageModels.Page(ID.toString(), "Place", "2 participation(s).", questions)));
    assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\""
        + " aria-labelledby=\"chart-q1-title chart-q1-desc\""), html);
    assertTrue(html.contains("<th scope=\"row\">À vélo</th><td>1</td><td>50"), html);
    assertTrue(html.contains("<th scope=\"col\">Mention majoritaire</th>"), html);
    assertTrue(html.contains("<td>1</td><th scope=\"row\">Projet A</th><td>Bien</td><td>1</td><td>1</td>"), html);
    assertTrue(html.contains("<li>Des &lt;arceaux&gt;</li>"), html);
    assertFalse(html.contains("Plus de pistes cyclables"), "unmoderated texts are not shown");
    assertTrue(html.contains("1 réponse(s) libre(s) pas encore publiée(s)"), html);
    assertTrue(html.contains("role=\"region\" aria-label=\"Question q1\" tabindex=\"0\""), html);
    assertTrue(html.contains("<li>45.18850, 5.72450</li>"), html);
  }
}
