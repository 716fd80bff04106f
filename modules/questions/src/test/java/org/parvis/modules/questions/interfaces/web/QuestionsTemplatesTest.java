package org.parvis.modules.questions.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.core.portal.views.TemplatePreview;
import org.parvis.core.portal.views.Visitor;
import org.parvis.modules.questions.interfaces.web.QuestionPageModels.Agenda;
import org.parvis.modules.questions.interfaces.web.QuestionPageModels.Answer;
import org.parvis.modules.questions.interfaces.web.QuestionPageModels.Card;
import org.parvis.modules.questions.interfaces.web.QuestionPageModels.Facts;
import org.parvis.modules.questions.interfaces.web.QuestionPageModels.OfficialCard;
import org.parvis.modules.questions.interfaces.web.QuestionPageModels.OfficialPage;
import org.parvis.modules.questions.interfaces.web.QuestionPageModels.Option;
import org.parvis.modules.questions.interfaces.web.QuestionPageModels.Page;
import org.parvis.modules.questions.interfaces.web.QuestionPageModels.Progress;
import org.parvis.modules.questions.interfaces.web.QuestionPageModels.SessionCard;
import org.parvis.modules.questions.interfaces.web.QuestionPageModels.Supporting;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.web.Form;

class QuestionsTemplatesTest {

  static final UUID ID = UUID.fromString("7a1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f");
  static final UUID OFFICIAL = UUID.fromString("8b2d3b9f-2e3c-4d4b-8f9a-1b2c3d4e5f60");
  static final Visitor RESIDENT = new Visitor(true, "Camille", Set.of(), true);
  static final Card OVERDUE = new Card(ID, "Quand la piscine Jean-Bron ouvrira-t-elle le soir ?", "Élisa Martin",
      "Inscrite à l'ordre du jour d'une séance", "52 soutien(s) sur 50", true);

  static Page collecting() {
    return new Page(ID, "Des bancs place Saint-Bruno", "Élisa Martin", OFFICIAL, "Ouverte aux soutiens",
        "2 novembre 2026", List.of("Les bancs ont été retirés <en 2025>.", "Quand reviennent-ils ?"),
        new Progress(12, 50, "12 soutien(s) sur 50"), true, "1 janvier 2027", null, null, null, null, false, false);
  }

  static String page(Page page, Supporting supporting, Form form) {
    Map<String, Object> data = new HashMap<>();
    data.put("question", page);
    data.put("supporting", supporting);
    data.put("asker", false);
    return TemplatePreview.render("questions/question", "fr", form, RESIDENT, data);
  }

  @Test
  void theListFiltersByStatusAndOfficialAndShowsOverdueQuestions() {
    Map<String, Object> data = new HashMap<>();
    data.put("questions", List.of(OVERDUE));
    data.put("statuses", List.of(new Option("", "Tous les états", false), new Option("SCHEDULED", "Inscrite", true)));
    data.put("officials", List.of(new Option("", "Tous les destinataires", true),
        new Option(OFFICIAL.toString(), "Élisa Martin — Adjoint·e au maire", false)));
    data.put("filtered", true);
    String html = TemplatePreview.render("questions/index", "fr", data);
    assertTrue(html.contains("<label for=\"filter-status\">État</label>"), html);
    assertTrue(html.contains("<option value=\"SCHEDULED\" selected>"), html);
    assertTrue(html.contains("<legend>Filtrer les questions</legend>"), html);
    assertTrue(html.contains("<a href=\"/questions/" + ID + "\">Quand la piscine Jean-Bron ouvrira-t-elle le soir ?</a>"),
        html);
    assertTrue(html.contains("<strong>Réponse en retard</strong>"), html);
    data.put("questions", List.of());
    String none = TemplatePreview.render("questions/index", "en", data);
    assertTrue(none.contains("No question matches these filters."), none);
  }

  @Test
  void aCollectingQuestionOffersSupportToAVerifiedResident() {
    String html = page(collecting(), Supporting.SUPPORT, Form.empty());
    assertTrue(html.contains("<p>Les bancs ont été retirés &lt;en 2025&gt;.</p>"), html);
    assertTrue(html.contains("href=\"/questions/council/officials/" + OFFICIAL + "\">Élisa Martin</a>"), html);
    assertTrue(html.contains("<progress max=\"50\" value=\"12\""), html);
    assertTrue(html.contains("Soutiens recueillis jusqu&#39;au 1 janvier 2027"), html);
    assertTrue(html.contains("name=\"csrf\"") && html.contains("value=\"support\""), html);
    assertTrue(html.contains("<label for=\"keepInformed\">"), html);
    String supported = page(collecting(), Supporting.SUPPORTED, Form.empty());
    assertTrue(supported.contains("Vous soutenez cette question.") && supported.contains("Retirer mon soutien"),
        supported);
    assertTrue(page(collecting(), Supporting.VERIFY, Form.empty()).contains("href=\"/me/residency\""));
  }

  @Test
  void aRefusedSupportIsExplainedInFrench() {
    Form form = Form.prefilled(Map.of("action", "support", "keepInformed", "on"));
    form.refuse(new ProblemException(409, "urn:parvis:problem:question-not-collecting", "Conflict", "English"));
    String html = page(collecting(), Supporting.SUPPORT, form);
    assertTrue(html.contains("role=\"alert\"") && html.contains("ne recueille plus de soutiens"), html);
    assertFalse(html.contains("English"), html);
  }

  @Test
  void aRejectedQuestionShowsItsPublicReasonAndNoSupportForm() {
    Page rejected = new Page(ID, "Pourquoi ?", "Le conseil municipal", null, "Refusée par la modération",
        "2 novembre 2026", List.of("Texte"), new Progress(0, 0, "0 soutien(s)"), false, null,
        "Cette question relève de la métropole.", null, null, null, false, false);
    String html = page(rejected, Supporting.SUPPORT, Form.empty());
    assertTrue(html.contains("Motif du refus") && html.contains("<p>Cette question relève de la métropole.</p>"), html);
    assertTrue(html.contains("href=\"/questions/council\">Le conseil municipal</a>"), html);
    assertFalse(html.contains("<form"), html);
    assertFalse(html.contains("<progress"), "no threshold before publication: " + html);
  }

  @Test
  void anAnsweredQuestionShowsItsSessionAnswerAndVideoAtItsTime() {
    Page answered = new Page(ID, "La piscine", "Élisa Martin", OFFICIAL, "Réponse publiée", "2 novembre 2026",
        List.of("Texte"), new Progress(52, 50, "52 soutien(s) sur 50"), false, null, null, null,
        new Agenda("3 décembre 2026 à 18:00", "2026-12-03T17:00:00Z", "Salle du conseil"),
        new Answer("3 décembre 2026", List.of("La piscine ouvrira jusqu'à 21 h."),
            "https://video.example.org/s#t=3725"), false, false);
    String html = page(answered, Supporting.SUPPORT, Form.empty());
    assertTrue(html.contains("Inscrite à la séance du conseil du 3 décembre 2026 à 18:00, Salle du conseil"), html);
    assertTrue(html.contains("<h2 id=\"answer-title\">Réponse du 3 décembre 2026</h2>"), html);
    assertTrue(html.contains("<a href=\"https://video.example.org/s#t=3725\">"), html);
    assertTrue(html.contains("value=\"50\""), "the bar stops at the goal: " + html);
    assertFalse(html.contains("<form"), html);
  }

  @Test
  void theAskFormIsForVerifiedResidentsWithLabelsForEveryField() {
    Map<String, Object> data = new HashMap<>();
    data.put("addressees", List.of(new Option("", "Le conseil municipal", true),
        new Option(OFFICIAL.toString(), "Élisa Martin — Adjoint·e au maire", false)));
    data.put("canAsk", true);
    Form refused = Form.prefilled(Map.of("title", "", "text", "Pourquoi ?"));
    refused.text("title", 200);
    String html = TemplatePreview.render("questions/ask", "fr", refused, RESIDENT, data);
    assertTrue(html.contains("<label for=\"official\">Destinataire</label>"), html);
    assertTrue(html.contains("<label for=\"title\">Titre de la question"), html);
    assertTrue(html.contains("<label for=\"text\">Votre question"), html);
    assertTrue(html.contains("role=\"alert\"") && html.contains("aria-invalid=\"true\""), html);
    assertTrue(html.contains(">Pourquoi ?</textarea>"), html);
    data.put("canAsk", false);
    String visitor = TemplatePreview.render("questions/ask", "fr", Form.empty(), Visitor.ANONYMOUS, data);
    assertFalse(visitor.contains("<form"), visitor);
    assertTrue(visitor.contains("connectez-vous"), visitor);
  }

  @Test
  void theOfficialsPageShowsFactsWithoutRatings() {
    OfficialPage official = new OfficialPage(OFFICIAL, "Élisa Martin", "Adjoint·e au maire", "Mobilités, voirie",
        "Mandat depuis le 3 juillet 2020", new Facts(14, 9, 2, "12 jour(s)"), List.of(OVERDUE));
    String html = TemplatePreview.render("questions/official", "fr",
        Map.of("official", official, "deadlineDays", 60L));
    assertTrue(html.contains("<dt>Questions reçues</dt><dd>14</dd>"), html);
    assertTrue(html.contains("<dt>Réponses en retard</dt><dd>2</dd>"), html);
    assertTrue(html.contains("<dt>Délai médian de réponse</dt><dd>12 jour(s)</dd>"), html);
    assertTrue(html.contains("Délégations : Mobilités, voirie"), html);
    assertFalse(html.contains("★") || html.contains("étoile"), html);
  }

  @Test
  void theCouncilPageListsComingSessionsWithTheirAgendaAndTheCalendarFeed() {
    Map<String, Object> data = new HashMap<>();
    data.put("facts", new Facts(3, 1, 0, "Aucune réponse pour le moment"));
    data.put("deadlineDays", 60L);
    data.put("coming", List.of(new SessionCard(UUID.randomUUID(), "3 décembre 2026 à 18:00",
        "2026-12-03T17:00:00Z", "Salle du conseil, hôtel de ville", List.of(OVERDUE))));
    data.put("officials", List.of(new OfficialCard(OFFICIAL, "Élisa Martin", "Adjoint·e au maire", "Mobilités")));
    String html = TemplatePreview.render("questions/council", "fr", data);
    assertTrue(html.contains("<time datetime=\"2026-12-03T17:00:00Z\">3 décembre 2026 à 18:00</time>"), html);
    assertTrue(html.contains("href=\"/questions/council/sessions.ics\""), html);
    assertTrue(html.contains("<a href=\"/questions/council/officials/" + OFFICIAL + "\">Élisa Martin</a>"), html);
    assertTrue(html.contains("Une réponse est en retard quand elle manque 60 jours"), html);
  }
}
