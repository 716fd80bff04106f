package org.parvis.modules.consultations.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.core.portal.views.TemplatePreview;
import org.parvis.core.portal.views.Visitor;
import org.parvis.modules.consultations.interfaces.web.AdminPageModels.Choice;
import org.parvis.modules.consultations.interfaces.web.AdminPageModels.Detail;
import org.parvis.modules.consultations.interfaces.web.AdminPageModels.Editor;
import org.parvis.modules.consultations.interfaces.web.AdminPageModels.QuestionRow;
import org.parvis.modules.consultations.interfaces.web.AdminPageModels.Row;
import org.parvis.modules.consultations.interfaces.web.AdminPageModels.SectionRow;
import org.parvis.modules.consultations.interfaces.web.AdminPageModels.TextRow;
import org.parvis.spi.web.Form;

class ConsultationsAdminTemplatesTest {

  private static final UUID ID = UUID.fromString("3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b");

  private static String render(String template, Form form, Map<String, Object> data) {
    return TemplatePreview.render("consultations/" + template, "fr", form, Visitor.ANONYMOUS, data);
  }

  private static Detail detail(boolean editable, boolean closed) {
    List<QuestionRow> questions = List.of(
        new QuestionRow("q1", "Comment venez-vous ?", "Choix unique", "À pied · À vélo — obligatoire", true, false),
        new QuestionRow("q2", "Pourquoi le vélo ?", "Texte court", "affichée si « Comment venez-vous ? » = « À vélo »",
            false, true));
    return new Detail(ID, "Place Saint-Bruno", closed ? "Terminée" : "À venir", "Du 1 au 31 décembre",
        "Les habitantes et habitants vérifiés", "Anonymes", 12, editable, false, closed,
        List.of(new SectionRow("Vos usages", questions)),
        List.of(new Choice("type-SINGLE_CHOICE", "SINGLE_CHOICE", "Choix unique"),
            new Choice("type-GRID", "GRID", "Grille (jugement majoritaire)")),
        List.of(new Choice("", "q1/o2", "Comment venez-vous ? : À vélo")), "Vos usages", "");
  }

  @Test
  void theListLinksToEachConsultation() {
    String html = render("admin-list", Form.empty(), Map.of("rows",
        List.of(new Row(ID, "Place <Saint-Bruno>", "Ouverte", "Du 1 au 31 décembre", 1234))));
    assertTrue(html.contains("href=\"/consultations/administration/" + ID + "\">Place &lt;Saint-Bruno&gt;</a>"), html);
    assertTrue(html.contains("<th scope=\"col\">Participations</th>"), html);
    assertTrue(html.contains("href=\"/consultations/administration/new\""), html);
  }

  @Test
  void theTermsFormHasEveryFieldLabelledAndTheAudienceAsAFieldset() {
    Form form = Form.prefilled(Map.of("audience", "DISTRICTS", "anonymous", "on"));
    form.refuse("districts", "admin.districtsRequired");
    String html = render("admin-form", form, Map.of("editor", new Editor("/consultations/administration/new",
        "Créer la consultation", "Europe/Paris", List.of(new Choice("audience-ANYONE", "ANYONE", "Tout le monde"),
            new Choice("audience-DISTRICTS", "DISTRICTS", "Certains quartiers")))));
    assertTrue(html.contains("<legend>Qui peut répondre</legend>"), html);
    assertTrue(html.contains("id=\"audience-DISTRICTS\" value=\"DISTRICTS\" required checked"), html);
    assertTrue(html.contains("<a href=\"#districts\">Quartiers : Écrivez au moins un quartier.</a>"), html);
    assertTrue(html.contains("<label for=\"opensAt\">Ouverture</label>"), html);
    assertTrue(html.contains("id=\"anonymous\" name=\"anonymous\" aria-describedby=\"anonymous-hint\" checked"), html);
  }

  @Test
  void anEditableQuestionnaireOffersMovesRemovalAndTheAddForm() {
    String html = render("admin-consultation", Form.prefilled(Map.of("section", "Vos usages")),
        Map.of("detail", detail(true, false)));
    assertTrue(html.contains("aria-label=\"Descendre « Comment venez-vous ? »\""), html);
    assertFalse(html.contains("aria-label=\"Monter « Comment venez-vous ? »\""), "the first cannot go up");
    assertTrue(html.contains("aria-label=\"Supprimer « Pourquoi le vélo ? »\""), html);
    assertTrue(html.contains("<option value=\"q1/o2\">Comment venez-vous ? : À vélo</option>"), html);
    assertTrue(html.contains("<label for=\"condition\">N&#39;afficher que si")
        || html.contains("<label for=\"condition\">N&#x27;afficher que si")
        || html.contains("<label for=\"condition\">N'afficher que si"), html);
    assertTrue(html.contains("<legend>Type de question</legend>"), html);
    assertFalse(html.contains("/conclusions\""), html);
  }

  @Test
  void aClosedConsultationIsFrozenAndTakesConclusions() {
    String html = render("admin-consultation", Form.empty(), Map.of("detail", detail(false, true)));
    assertTrue(html.contains("le questionnaire ne peut plus changer"), html);
    assertFalse(html.contains("/order\""), html);
    assertTrue(html.contains("action=\"/consultations/administration/" + ID + "/conclusions\""), html);
    assertTrue(html.contains("<label for=\"conclusions\">Ce que nous avons entendu, ce que nous avons décidé"), html);
  }

  @Test
  void aQuestionIsEditedWithItsValuesKept() {
    String html = render("admin-question", QuestionForm.prefilled(
        org.parvis.modules.consultations.domain.Questionnaires.everyType().question("q5").orElseThrow(), "Vos idées"),
        Map.of("detail", detail(true, false), "question", "q5"));
    assertTrue(html.contains("action=\"/consultations/administration/" + ID + "/questions/q5\""), html);
    assertTrue(html.contains("value=\"Question q5\""), html);
  }

  @Test
  void freeTextsAreModeratedOneByOne() {
    UUID participation = UUID.randomUUID();
    String html = render("admin-texts", Form.empty(), Map.of("consultation", ID, "texts", List.of(
        new TextRow(participation, "q5", "Pourquoi le vélo ?", "Des <arceaux>", "À modérer", "text-1"))));
    assertTrue(html.contains("<blockquote>Des &lt;arceaux&gt;</blockquote>"), html);
    assertTrue(html.contains("name=\"participation\" value=\"" + participation + "\""), html);
    assertTrue(html.contains("name=\"decision\" value=\"publish\""), html);
  }
}
