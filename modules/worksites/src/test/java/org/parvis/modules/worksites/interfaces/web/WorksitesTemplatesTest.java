package org.parvis.modules.worksites.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.core.portal.views.TemplatePreview;
import org.parvis.core.portal.views.Visitor;
import org.parvis.modules.worksites.interfaces.web.WorksitePageModels.Card;
import org.parvis.modules.worksites.interfaces.web.WorksitePageModels.Figure;
import org.parvis.modules.worksites.interfaces.web.WorksitePageModels.Index;
import org.parvis.modules.worksites.interfaces.web.WorksitePageModels.Item;
import org.parvis.modules.worksites.interfaces.web.WorksitePageModels.MyShift;
import org.parvis.modules.worksites.interfaces.web.WorksitePageModels.Offer;
import org.parvis.modules.worksites.interfaces.web.WorksitePageModels.ReportCard;
import org.parvis.modules.worksites.interfaces.web.WorksitePageModels.ReportPage;
import org.parvis.modules.worksites.interfaces.web.WorksitePageModels.ShiftCard;
import org.parvis.modules.worksites.interfaces.web.WorksitePageModels.WorksitePage;
import org.parvis.spi.i18n.Texts;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.Markup;

class WorksitesTemplatesTest {

  private static final UUID ID = UUID.fromString("6f1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f");
  private static final UUID SHIFT = UUID.fromString("7a1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f");
  private static final UUID ITEM = UUID.fromString("8b1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f");
  private static final Texts FR = Texts.of("messages.worksites", "fr");

  private static String render(String template, Form form, Map<String, Object> data) {
    return TemplatePreview.render(template, "fr", form, Visitor.ANONYMOUS, new HashMap<>(data));
  }

  @Test
  void theListShowsTheMapTheWorksitesAndTheReportsEscaped() {
    Markup map = new Markup(WorksitesMap.svg(List.of(new WorksitesMap.Point("Square <Vallier>", "/worksites/" + ID,
        45.19, 5.71, WorksitesMap.Kind.UPCOMING)), FR));
    Index index = new Index(map,
        List.of(new Card(ID, "Désherber <le> square", 45.19, 5.71, "12 rue des Écoles", "Coordonnées : 45.19000, 5.71000",
            "samedi 12 décembre 2026, de 09:00 à 12:00", null)),
        List.of(),
        List.of(new ReportCard(SHIFT, false, null, "Banc cassé", "Ouvert aux soutiens", "2 soutien(s)",
            "Square Vallier", "Point approximatif : lieu indiqué par l'adresse seulement.", null),
            new ReportCard(ITEM, true, "Signalement masqué par la modération : injures", null, null, null, null,
                null, null)));
    String html = render("worksites/index", Form.empty(), Map.of("index", index, "notice", "Merci !"));
    assertTrue(html.contains("<p role=\"status\">Merci !</p>"), html);
    assertTrue(html.contains("<svg"), "the drawn map is put as is: " + html);
    assertTrue(html.contains("<li data-latitude=\"45.19\" data-longitude=\"5.71\"><a href=\"/worksites/" + ID
        + "\">Désherber &lt;le&gt; square</a>"), html);
    assertTrue(html.contains("Aucun chantier pour le moment."), "no completed worksite yet: " + html);
    assertTrue(html.contains("Square Vallier<br>Point approximatif"), html);
    assertTrue(html.contains("Signalement masqué par la modération : injures"), html);
    assertFalse(html.contains("/worksites/reports/" + ITEM), "a hidden report has no link");
    String empty = render("worksites/index", Form.empty(), Map.of("index", new Index(new Markup(""), List.of(),
        List.of(), List.of()), "notice", ""));
    assertFalse(empty.contains("role=\"status\""), empty);
    assertFalse(empty.contains("id=\"reports\""), empty);
  }

  private static WorksitePage worksite(Offer offer, String ageDeclaration) {
    return new WorksitePage(ID, "Programmé", List.of("Venez <nombreux>."), "12 rue des Écoles",
        "Coordonnées : 45.19000, 5.71000", "Mme Agent", null, "Gants obligatoires", "Âge minimum : 14 ans",
        ageDeclaration, List.of(new Item(ITEM, "Échelle", 1, "à apporter", false, true)),
        List.of(new Figure("/files/abc", "Le square envahi", "Avant — Le square envahi")), null, null,
        List.of(new ShiftCard(SHIFT, "samedi 12 décembre 2026, de 09:00 à 12:00", 8, "8 place(s) libre(s) sur 10",
            offer, offer == Offer.MINE ? "Vous êtes inscrit(e) : 2 place(s)." : null, "M'inscrire à ce créneau")),
        4);
  }

  @Test
  void aWorksiteOffersEachShiftWithItsLabelledRegistrationForm() {
    String html = render("worksites/worksite", Form.empty(), Map.of("worksite",
        worksite(Offer.REGISTER, "Je déclare que chaque personne inscrite a au moins 14 ans."), "notice", ""));
    assertTrue(html.contains("<p>Venez &lt;nombreux&gt;.</p>"), html);
    assertTrue(html.contains("id=\"shift-" + SHIFT + "\""), html);
    assertTrue(html.contains("<label for=\"companions-" + SHIFT + "\">Accompagnants (en plus de vous)</label>"), html);
    assertTrue(html.contains("name=\"companions\" value=\"0\" min=\"0\" max=\"4\""), html);
    assertTrue(html.contains("name=\"minimumAgeMet\" value=\"yes\" required"), html);
    assertTrue(html.contains("<label for=\"age-" + SHIFT + "\">"), html);
    assertTrue(html.contains("action=\"/worksites/" + ID + "/items/" + ITEM + "/pledge\""), html);
    assertTrue(html.contains("aria-describedby=\"item-" + ITEM + "\""), html);
    assertTrue(html.contains("alt=\"Le square envahi\""), html);
    assertTrue(html.contains("name=\"csrf\""), html);
    assertFalse(render("worksites/worksite", Form.empty(), Map.of("worksite", worksite(Offer.REGISTER, null),
        "notice", "")).contains("minimumAgeMet"), "no declaration without a minimum age");
    String mine = render("worksites/worksite", Form.empty(), Map.of("worksite", worksite(Offer.MINE, null),
        "notice", ""));
    assertTrue(mine.contains("Vous êtes inscrit(e) : 2 place(s). <a href=\"/worksites/mine\">"), mine);
    assertFalse(mine.contains("name=\"companions\""), mine);
    assertTrue(render("worksites/worksite", Form.empty(), Map.of("worksite", worksite(Offer.VERIFY, null),
        "notice", "")).contains("faites vérifier votre résidence"));
  }

  @Test
  void aRefusedRegistrationIsShownInFrench() {
    Form form = Form.prefilled(Map.of("companions", "1"));
    form.refuse(new ProblemException(422, "urn:parvis:problem:worksites-minimum-age", "Minimum age", "English"));
    String html = render("worksites/worksite", form, Map.of("worksite", worksite(Offer.REGISTER, "Je déclare."),
        "notice", ""));
    assertTrue(html.contains("role=\"alert\""), html);
    assertTrue(html.contains("L&#39;âge minimum est une règle de sécurité"), html);
    assertFalse(html.contains("English"), html);
  }

  @Test
  void myRegistrationsEachHaveANamedCancelButton() {
    String html = render("worksites/mine", Form.empty(), Map.of("verified", true, "notice", "", "mine",
        List.of(new MyShift(ID, "Square", SHIFT, "samedi 12 décembre 2026, de 09:00 à 12:00",
            "Vous êtes inscrit(e) : 1 place(s).", true))));
    assertTrue(html.contains("action=\"/worksites/mine/" + SHIFT + "/cancellation\""), html);
    assertTrue(html.contains("aria-describedby=\"h-mine-" + SHIFT + "\">Annuler mon inscription</button>"), html);
    assertTrue(render("worksites/mine", Form.empty(), Map.of("verified", true, "notice", "", "mine", List.of()))
        .contains("Vous n&#39;êtes inscrit(e) à aucun créneau."));
    assertTrue(render("worksites/mine", Form.empty(), Map.of("verified", false, "notice", "", "mine", List.of()))
        .contains("faites vérifier votre résidence"));
  }

  @Test
  void theReportFormIsMultipartWithLabelledFieldsAndKeepsWhatWasTyped() {
    Form form = Form.prefilled(Map.of("title", "", "description", "Le banc <penche>.", "place", "Square Vallier",
        "latitude", "abc"));
    form.text("title", 200);
    form.refuse("latitude", "report.notCoordinate");
    String html = render("worksites/report", form, Map.of("verified", true, "pointOptional", true));
    assertTrue(html.contains("enctype=\"multipart/form-data\""), html);
    assertTrue(html.contains("<a href=\"#title\">Titre : Ce champ est obligatoire.</a>"), html);
    assertTrue(html.contains("Le banc &lt;penche&gt;.</textarea>"), html);
    assertTrue(html.contains("value=\"Square Vallier\""), html);
    assertTrue(html.contains("Saisissez un nombre en degrés décimaux"), html);
    assertTrue(html.contains("<label for=\"place\">Adresse ou repère"), html);
    assertTrue(html.contains("<legend>Où ?</legend>"), html);
    assertTrue(html.contains("<label for=\"photo\">") && html.contains("<label for=\"photoCaption\">"), html);
    assertTrue(html.contains("<script src=\"/assets/worksites-locate.js\"></script>"), html);
    assertFalse(html.contains("<style"), "no inline style: the content security policy forbids it");
    assertTrue(render("worksites/report", Form.empty(), Map.of("verified", false, "pointOptional", true))
        .contains("connectez-vous puis faites vérifier votre résidence"));
  }

  @Test
  void aSignedInResidentNotYetVerifiedIsSentToVerifyNotToSignIn() {
    var signedIn = new Visitor(true, "Camille Citoyenne", java.util.Set.of(), false);
    String html = TemplatePreview.render("worksites/report", "fr", Form.empty(), signedIn,
        new HashMap<>(Map.of("verified", false, "pointOptional", true)));
    assertTrue(html.contains("faites d&#39;abord vérifier votre résidence : <a href=\"/me/residency\">Ma résidence</a>"),
        html);
    assertFalse(html.contains("connectez-vous"), html);
  }

  private static ReportPage report(boolean verify, boolean actions, boolean canSupport, boolean supported) {
    return new ReportPage(new ReportCard(ID, false, null, "Banc cassé", "Ouvert aux soutiens", "1 soutien(s)",
        "Square Vallier", "Coordonnées : 45.19010, 5.71020", null), null, List.of("Le banc <penche>."),
        List.of(new Figure("/files/x", "Le banc cassé", "Le banc cassé")), List.of("Il y a aussi des seringues."),
        verify, actions, canSupport, supported);
  }

  @Test
  void aReportPageOffersSupportNotesPhotosAndFlagging() {
    String html = render("worksites/reported", Form.empty(), Map.of("report", report(false, true, true, false),
        "notice", ""));
    assertTrue(html.contains("Square Vallier<br>Coordonnées : 45.19010"), html);
    assertTrue(html.contains("<p>Le banc &lt;penche&gt;.</p>"), html);
    assertTrue(html.contains("alt=\"Le banc cassé\""), html);
    assertTrue(html.contains("<li>Il y a aussi des seringues.</li>"), html);
    assertTrue(html.contains("action=\"/worksites/reports/" + ID + "/supports\""), html);
    assertTrue(html.contains("<label for=\"text\">"), html);
    assertTrue(html.contains("<label for=\"photo\">") && html.contains("<label for=\"caption\">"), html);
    assertTrue(html.contains("action=\"/worksites/reports/" + ID + "/abuse-reports\""), html);
    String supported = render("worksites/reported", Form.empty(), Map.of("report", report(false, true, false, true),
        "notice", ""));
    assertTrue(supported.contains("Vous soutenez ce signalement."), supported);
    assertFalse(supported.contains("/supports\""), supported);
    String visitor = render("worksites/reported", Form.empty(), Map.of("report", report(true, false, false, false),
        "notice", ""));
    assertTrue(visitor.contains("connectez-vous"), visitor);
    assertFalse(visitor.contains("<form"), visitor);
    String hidden = render("worksites/reported", Form.empty(), Map.of("report", new ReportPage(new ReportCard(ID,
        true, "Signalement masqué par la modération : injures", null, null, null, null, null, null), null,
        List.of(), List.of(), List.of(), false, false, false, false), "notice", ""));
    assertTrue(hidden.contains("<p>Signalement masqué par la modération : injures</p>"), hidden);
    assertFalse(hidden.contains("<form"), hidden);
  }

  @Test
  void anEmptyNoteIsRefusedNextToItsField() {
    Form form = Form.prefilled(Map.of("text", ""));
    form.paragraphs("text", 5_000);
    String html = render("worksites/reported", form, Map.of("report", report(false, true, true, false),
        "notice", ""));
    assertTrue(html.contains("<a href=\"#text\">Votre information : Ce champ est obligatoire.</a>"), html);
    assertTrue(html.contains("id=\"text-error\""), html);
  }
}
