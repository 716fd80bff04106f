package org.parvis.modules.budget.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.core.portal.views.TemplatePreview;
import org.parvis.core.portal.views.Visitor;
import org.parvis.modules.budget.application.ResultsCalculation.EnvelopeResult;
import org.parvis.modules.budget.application.ResultsCalculation.ProjectResult;
import org.parvis.modules.budget.interfaces.web.BallotPageModels.Ballot;
import org.parvis.modules.budget.interfaces.web.BallotPageModels.Choice;
import org.parvis.modules.budget.interfaces.web.EditionPageModels.Card;
import org.parvis.modules.budget.interfaces.web.EditionPageModels.EditionPage;
import org.parvis.modules.budget.interfaces.web.EditionPageModels.EnvelopeSection;
import org.parvis.modules.budget.interfaces.web.EditionPageModels.Item;
import org.parvis.modules.budget.interfaces.web.EditionPageModels.Step;
import org.parvis.modules.budget.interfaces.web.IdeaPages.IdeaForm;
import org.parvis.modules.budget.interfaces.web.IdeaPages.Option;
import org.parvis.modules.budget.interfaces.web.ProjectPageModels.CommentView;
import org.parvis.modules.budget.interfaces.web.ProjectPageModels.Discussion;
import org.parvis.modules.budget.interfaces.web.ProjectPageModels.FollowUpView;
import org.parvis.modules.budget.interfaces.web.ProjectPageModels.MilestoneView;
import org.parvis.modules.budget.interfaces.web.ProjectPageModels.PhotoForm;
import org.parvis.modules.budget.interfaces.web.ProjectPageModels.PhotoView;
import org.parvis.modules.budget.interfaces.web.ProjectPageModels.ProjectPage;
import org.parvis.modules.budget.interfaces.web.ProjectPageModels.ReportForm;
import org.parvis.modules.budget.interfaces.web.ResultsPageModels.Funded;
import org.parvis.modules.budget.interfaces.web.ResultsPageModels.Results;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;
import org.parvis.spi.web.Markup;

/** Render tests of the budget's resident pages, with view models as the pages build them. */
class BudgetResidentTemplatesTest {

  private static final UUID EDITION = UUID.fromString("0c8e3b1a-7d55-4b0e-9a51-2f1d8f6a9b10");
  private static final UUID CITY = UUID.fromString("1d9f4c2b-8e66-4c1f-8b62-3a2e9a7b0c21");
  private static final UUID GARDEN = UUID.fromString("8f5b6a3c-0e1d-4c2b-9a8f-7e6d5c4b3a21");
  private static final UUID BENCHES = UUID.fromString("9a6c7b4d-1f2e-4d3c-8b9a-8f7e6d5c4b32");
  private static final UUID COMMENT = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
  private static final Visitor RESIDENT = new Visitor(true, "Léa", Set.of(), true);

  @Test
  void theListOfEditionsLinksEachEditionAndEscapesItsTitle() {
    String html = TemplatePreview.render("budget/index", "fr", Form.empty(),
        new Visitor(true, "Admin", Set.of(TenantRole.ADMIN), false),
        Map.of("editions", List.of(new Card(EDITION, "Budget " + SCRIPT, "Vote"))));
    assertTrue(html.contains("<a href=\"/budget/" + EDITION + "\">Budget " + ESCAPED + "</a> — Vote"), html);
    assertTrue(html.contains("href=\"/budget/administration\""), "administrators find the administration: " + html);
    assertTrue(html.contains("href=\"/budget/moderation\""), html);
    assertFalse(html.contains(SCRIPT), html);
    String none = TemplatePreview.render("budget/index", "fr", Map.of("editions", List.of()));
    assertTrue(none.contains("Aucune édition pour le moment."), none);
    assertFalse(none.contains("/budget/administration"), "visitors do not see the administration link");
  }

  @Test
  void anEditionInTheVoteListsItsProjectsTheMapAndTheLinksToVote() {
    Instant opens = Instant.parse("2026-12-01T07:00:00Z");
    EditionPage page = new EditionPage(EDITION, "Phase en cours : Vote",
        List.of(new Step("Dépôt des idées", opens), new Step("Vote", opens)), false, false, false,
        "Votre quartier : Centre.", false, new Markup("<figure class=\"ideas-map\"><svg></svg></figure>"), true,
        List.of(new EnvelopeSection(CITY, "Toute la ville", "Enveloppe pour toute la ville", "Montant : 100 000 €",
            List.of(new Item(GARDEN, "Jardin " + SCRIPT, "Coût : 40 000 €", "Un jardin <b>partagé</b>")), true,
            false, false)));
    String html = TemplatePreview.render("budget/edition", "fr", Map.of("edition", page));
    assertTrue(html.contains("<a href=\"/budget/" + EDITION + "/projects/" + GARDEN + "\">Jardin " + ESCAPED
        + "</a>"), html);
    assertTrue(html.contains("Un jardin &lt;b&gt;partagé&lt;/b&gt;"), html);
    assertTrue(html.contains("<figure class=\"ideas-map\"><svg></svg></figure>"), "the drawn map: " + html);
    assertTrue(html.contains("<time datetime=\"2026-12-01T08:00+01:00\">"), "dates on the tenant's clocks: " + html);
    assertTrue(html.contains("href=\"/budget/" + EDITION + "/ballot?envelope=" + CITY + "\">Voter — Toute la ville"),
        html);
    assertTrue(html.contains("Projets soumis au vote"), html);
    assertFalse(html.contains("/ideas/new"), "no idea form during the vote");
  }

  private static Ballot approval(String refusal, String rule, boolean checked) {
    return new Ballot(CITY, "APPROVAL", 100000, "Toute la ville — Montant : 100 000 €",
        "Cochez au moins 1 et au plus 2 projets.", false,
        List.of(new Choice("project-" + GARDEN, "Jardin " + SCRIPT + " — Coût : 40 000 €", 40000, "on", checked),
            new Choice("project-" + BENCHES, "Bancs — Coût : 10 000 €", 10000, "on", false)),
        checked ? 40000 : 0, null, refusal, rule, null, null);
  }

  private static String ballot(Ballot ballot) {
    return TemplatePreview.render("budget/ballot", "fr", Form.empty(), RESIDENT,
        Map.of("ballot", ballot, "action", "/budget/" + EDITION + "/ballot"));
  }

  @Test
  void anApprovalBallotIsLabelledCheckboxesWithTheRulesAndTheTotal() {
    String html = ballot(approval(null, null, true));
    assertTrue(html.contains("<input type=\"checkbox\" id=\"project-" + GARDEN + "\" name=\"project-" + GARDEN
        + "\" value=\"on\" data-weight=\"40000\" checked>"), html);
    assertTrue(html.contains("<label for=\"project-" + GARDEN + "\">Jardin " + ESCAPED + " — Coût : 40 000 €</label>"),
        html);
    assertTrue(html.contains("aria-describedby=\"ballot-rules\""), html);
    assertTrue(html.contains("<p id=\"ballot-rules\">Cochez au moins 1 et au plus 2 projets.</p>"), html);
    assertTrue(html.contains(">40000</output> €"), "the total without script: " + html);
    assertTrue(html.contains("name=\"csrf\" value=\"preview-token\""), html);
    assertTrue(html.contains("<input type=\"hidden\" name=\"envelope\" value=\"" + CITY + "\">"), html);
    assertTrue(html.contains("<script src=\"/assets/budget-ballot.js\"></script>"), html);
    assertFalse(html.contains(SCRIPT), html);
    assertFalse(html.contains("role=\"alert\""), html);
  }

  @Test
  void aRefusedBallotSaysTheBrokenRuleFocusedAndDescribingTheFieldset() {
    String html = ballot(approval("Votre bulletin n'a pas été enregistré : vous pouvez choisir au plus 2 projets.",
        "approval-maximum", true));
    assertTrue(html.contains("<p role=\"alert\" id=\"ballot-error\" tabindex=\"-1\" autofocus"
        + " data-rule=\"approval-maximum\">Votre bulletin n&#39;a pas été enregistré"), html);
    assertTrue(html.contains("aria-describedby=\"ballot-rules ballot-error\""), html);
    assertFalse(html.contains("error-summary"), "no summary of links between the refusal and the ballot");
  }

  @Test
  void aCumulativeBallotIsNumberInputsAndAClosedOneCannotBeSent() {
    Ballot cumulative = new Ballot(CITY, "CUMULATIVE", 10, "Toute la ville — Montant : 100 000 €",
        "Répartissez au plus 10 points.", true,
        List.of(new Choice("points-" + GARDEN, "Points pour « Jardin » (Coût : 40 000 €)", 1, "3", false)), 3, null,
        null, null, "Le vote n'est pas ouvert.", null);
    String html = ballot(cumulative);
    assertTrue(html.contains("<input type=\"number\" min=\"0\" step=\"1\" inputmode=\"numeric\" id=\"points-"
        + GARDEN + "\" name=\"points-" + GARDEN + "\" value=\"3\" data-weight=\"1\">"), html);
    assertTrue(html.contains(">3</output></p>"), "points, not euros: " + html);
    assertTrue(html.contains("<button type=\"submit\" disabled>"), html);
    assertTrue(html.contains("Le vote n&#39;est pas ouvert."), html);
  }

  private static ProjectPage project(String refusal, String refusalId, Discussion discussion, PhotoForm photo) {
    return new ProjectPage(EDITION, GARDEN, null, refusal, refusalId, "Un jardin " + SCRIPT, "Coût estimé : 40 000 €",
        List.of(new PhotoView("/files/1", "Une fontaine <en pierre>", true), new PhotoView("/files/2", "Plan", false)),
        photo, new FollowUpView("IN_WORKS", "En travaux", 40, "Avancement : 40 %", null,
            List.of(new MilestoneView("Terrassement <lot 1>", LocalDate.parse("2027-03-10"),
                LocalDate.parse("2027-04-02"))), List.of()), false, false, null, discussion);
  }

  private static Discussion discussion(boolean signedIn, String comment, boolean reportOpen) {
    return new Discussion("Soutiens : 1", signedIn, new ReportForm("report-idea", null,
        "Signaler cette idée à la modération", false, ""),
        List.of(new CommentView(COMMENT, false, "Et des <b>bancs</b> ?", new ReportForm("report-" + COMMENT, COMMENT,
            "Signaler ce commentaire à la modération", reportOpen, reportOpen ? "Hors <sujet>" : "")),
            new CommentView(UUID.randomUUID(), true, "Commentaire masqué par la modération : injurieux", null)),
        comment);
  }

  @Test
  void aProjectPageShowsTheIdeaItsPhotosItsFollowUpAndItsDiscussionEscaped() {
    String html = TemplatePreview.render("budget/project", "fr", Form.empty(), RESIDENT, Map.of("project",
        project(null, "discussion-error", discussion(true, "", false), new PhotoForm("idea", "Ajouter une photo", ""))));
    assertTrue(html.contains("<p>Un jardin " + ESCAPED + "</p>"), html);
    assertTrue(html.contains("alt=\"Une fontaine &lt;en pierre&gt;\""), html);
    assertTrue(html.contains("<p><a href=\"/files/2\">Plan</a></p>"), "other files are links: " + html);
    assertTrue(html.contains("<p data-status=\"IN_WORKS\">En travaux</p>"), html);
    assertTrue(html.contains("<progress max=\"100\" value=\"40\""), html);
    assertTrue(html.contains("Terrassement &lt;lot 1&gt; — prévue le <time datetime=\"2027-03-10\">10 mars 2027</time>,"
        + " atteinte le <time datetime=\"2027-04-02\">2 avril 2027</time>"), "days on the tenant's calendar: " + html);
    assertTrue(html.contains("<p>Et des &lt;b&gt;bancs&lt;/b&gt; ?</p>"), html);
    assertTrue(html.contains("name=\"comment\" value=\"" + COMMENT + "\""), html);
    assertTrue(html.contains("<label for=\"report-idea-reason\">"), html);
    assertTrue(html.contains("<details><summary>Signaler ce commentaire"), html);
    assertTrue(html.contains("action=\"/budget/" + EDITION + "/projects/" + GARDEN + "/comments\""), html);
    assertTrue(html.contains("<label for=\"photo-idea-file\">"), html);
    assertTrue(html.contains("name=\"alt\" required maxlength=\"500\""), html);
    assertTrue(html.contains("enctype=\"multipart/form-data\""), html);
    assertFalse(html.contains(SCRIPT), html);
  }

  @Test
  void aRefusedReportComesBackOpenWithItsReasonAndTheRefusalFocused() {
    String html = TemplatePreview.render("budget/project", "fr", Form.empty(), RESIDENT, Map.of("project",
        project("Ce n'est pas enregistré : écrivez un texte.", "discussion-error", discussion(true, "", true), null)));
    assertTrue(html.contains("<p role=\"alert\" id=\"discussion-error\" tabindex=\"-1\" autofocus>Ce n&#39;est pas"),
        html);
    assertTrue(html.contains("<details open><summary>Signaler ce commentaire"), html);
    assertTrue(html.contains(">Hors &lt;sujet&gt;</textarea>"), html);
    assertFalse(html.contains("photo-idea"), "no photo form for others than the author and staff");
  }

  @Test
  void visitorsReadTheDiscussionWithoutItsForms() {
    String html = TemplatePreview.render("budget/project", "fr", Map.of("project",
        project(null, "discussion-error", discussion(false, "", false), null)));
    assertTrue(html.contains("Connectez-vous pour soutenir cette idée"), html);
    assertFalse(html.contains("/comments\""), html);
    assertFalse(html.contains("/reports\""), html);
  }

  @Test
  void aRefusedIdeaKeepsWhatWasTypedWithASummaryAndTheMessagesByTheFields() {
    Form form = Form.prefilled(Map.of("envelope", CITY.toString(), "title", "Jardin " + SCRIPT, "estimatedCost",
        "quarante mille"));
    form.refuse("", "budget.idea.invalid", "Catégorie, Coût estimé en euros");
    form.refuse("category", "form.required");
    form.refuse("estimatedCost", "form.notNumber");
    String html = TemplatePreview.render("budget/idea-form", "fr", form, RESIDENT, Map.of("idea",
        new IdeaForm(EDITION, null, List.of(new Option(CITY.toString(), "Toute la ville")))));
    assertTrue(html.contains("Votre idée n&#39;a pas été enregistrée : vérifiez Catégorie, Coût estimé en euros."),
        html);
    assertTrue(html.contains("<a href=\"#category\">Catégorie : Ce champ est obligatoire.</a>"), html);
    assertTrue(html.contains("<label for=\"title\">Titre</label>"), html);
    assertTrue(html.contains("value=\"Jardin " + ESCAPED + "\""), html);
    assertTrue(html.contains("<option value=\"" + CITY + "\" selected>Toute la ville</option>"), html);
    assertTrue(html.contains("<legend>Lieu sur la carte (facultatif)</legend>"), html);
    assertTrue(html.contains("action=\"/budget/" + EDITION + "/ideas\""), html);
    assertFalse(html.contains(SCRIPT), html);
    String closed = TemplatePreview.render("budget/idea-form", "fr", Map.of("idea",
        new IdeaForm(EDITION, "Le dépôt des idées n'est pas ouvert.", List.of())));
    assertFalse(closed.contains("<form"), closed);
  }

  @Test
  void theResultsCompareTheCountsInATableThatScrollsInItsOwnBox() {
    var garden = new ProjectResult(GARDEN, "Jardin " + SCRIPT, 40000, 1203, true, true, false);
    var envelope = new EnvelopeResult(CITY, "Toute la ville", false, 100000, 1500, "equal-shares", 40000,
        List.of(garden), 40000, 0);
    Results results = new Results(EDITION, "Règle d'attribution : Parts égales", Instant.parse("2026-12-15T19:00:00Z"),
        "recomptés une fois depuis leur publication", new Markup("<svg role=\"img\"></svg>"), List.of(envelope),
        List.of(new Funded(GARDEN, "Jardin " + SCRIPT, "IN_WORKS", "En travaux", 40, "Avancement : 40 %")));
    String html = TemplatePreview.render("budget/results", "fr", Map.of("results", results));
    assertTrue(html.contains("<svg role=\"img\"></svg>"), "the drawn chart: " + html);
    assertTrue(html.contains("class=\"table-scroll\" role=\"region\""), html);
    assertTrue(html.contains("<th scope=\"row\">Jardin " + ESCAPED + "</th>"), html);
    assertTrue(html.contains("1\u202f203") || html.contains("1\u00a0203"), "votes grouped in French: " + html);
    assertTrue(html.contains("40\u202f000\u00a0€") || html.contains("40\u00a0000\u00a0€"), "money in euros: " + html);
    assertTrue(html.contains("Parts égales") && html.contains("Décompte glouton"), html);
    assertTrue(html.contains("<li data-status=\"IN_WORKS\"><a href=\"/budget/" + EDITION + "/projects/" + GARDEN),
        html);
    assertTrue(html.contains("recomptés une fois"), html);
    assertFalse(html.contains(SCRIPT), html);
    String notYet = TemplatePreview.render("budget/results", "fr", Map.of());
    assertTrue(notYet.contains("Les résultats seront publiés à la clôture du vote."), notYet);
  }
}
