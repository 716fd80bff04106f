package org.parvis.modules.budget.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.core.portal.views.TemplatePreview;
import org.parvis.core.portal.views.Visitor;
import org.parvis.modules.budget.interfaces.web.BallotPageModels.Ballot;
import org.parvis.modules.budget.interfaces.web.BallotPageModels.Choice;
import org.parvis.modules.budget.interfaces.web.ModerationPages.Item;
import org.parvis.modules.budget.interfaces.web.PaperBallotPages.IdentityField;
import org.parvis.modules.budget.interfaces.web.ReviewPages.Other;
import org.parvis.modules.budget.interfaces.web.ReviewPages.Reviewed;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;

/** Render tests of the budget's pages for staff and moderators, with view models as the pages build them. */
class BudgetStaffTemplatesTest {

  private static final UUID EDITION = UUID.fromString("0c8e3b1a-7d55-4b0e-9a51-2f1d8f6a9b10");
  private static final UUID CITY = UUID.fromString("1d9f4c2b-8e66-4c1f-8b62-3a2e9a7b0c21");
  private static final UUID GARDEN = UUID.fromString("8f5b6a3c-0e1d-4c2b-9a8f-7e6d5c4b3a21");
  private static final UUID SKATEPARK = UUID.fromString("9a6c7b4d-1f2e-4d3c-8b9a-8f7e6d5c4b32");
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
  private static final Visitor STAFF = new Visitor(true, "Agent", Set.of(TenantRole.STAFF), false);

  @Test
  void theModerationQueueQuotesWhatWasReportedEscapedWithAFormToHideIt() {
    Item comment = new Item("comment", GARDEN, "Commentaire signalé :", null, null, "Et des <b>bancs</b> " + SCRIPT,
        null, false, "Signalé 2 fois, pour ces raisons :", List.of("Hors <sujet>"), "");
    Item idea = new Item("idea", SKATEPARK, "Idée signalée :", "Skate " + SCRIPT,
        "/budget/" + EDITION + "/projects/" + SKATEPARK, null, "Masqué : doublon", false, "Signalé 1 fois", List.of(),
        "");
    String html = TemplatePreview.render("budget/moderation", "fr", Form.empty(), STAFF,
        Map.of("items", List.of(comment, idea), "notice", "", "refusal", "Ce n'est pas masqué : écrivez la raison."));
    assertTrue(html.contains("<blockquote>Et des &lt;b&gt;bancs&lt;/b&gt; " + ESCAPED + "</blockquote>"), html);
    assertTrue(html.contains("<li>Hors &lt;sujet&gt;</li>"), html);
    assertTrue(html.contains("action=\"/budget/moderation/comment/" + GARDEN + "/hide\""), html);
    assertTrue(html.contains("<label for=\"hide-" + GARDEN + "\">"), html);
    assertTrue(html.contains("<a href=\"/budget/" + EDITION + "/projects/" + SKATEPARK + "\">Skate " + ESCAPED), html);
    assertFalse(html.contains("/idea/" + SKATEPARK + "/hide"), "a hidden item has no form: " + html);
    assertTrue(html.contains("id=\"moderation-error\""), html);
    assertFalse(html.contains(SCRIPT), html);
  }

  @Test
  void aRefusedReviewKeepsTheVerdictAndTheReasonTyped() {
    Reviewed garden = new Reviewed(GARDEN, "Jardin " + SCRIPT, "À étudier", "Coût estimé : 40 000 €", false,
        "feasible", "", "Terrain <municipal>", false, List.of(new Other(SKATEPARK.toString(), "Skatepark")), "", "");
    String html = TemplatePreview.render("budget/review", "fr", Form.empty(), STAFF, Map.of("edition", EDITION,
        "ideas", List.of(garden), "notice", "", "refusal", "Ce n'est pas enregistré : choisissez un avis."));
    assertTrue(html.contains("role=\"alert\" id=\"review-error\""), html);
    assertTrue(html.contains("id=\"review-" + GARDEN + "-feasible\" name=\"verdict\" value=\"feasible\" required"
        + " checked"), html);
    assertTrue(html.contains(">Terrain &lt;municipal&gt;</textarea>"), html);
    assertTrue(html.contains("<label for=\"review-" + GARDEN + "-cost\">"), html);
    assertTrue(html.contains("<option value=\"" + SKATEPARK + "\">Skatepark</option>"), html);
    assertTrue(html.contains("<h2>Jardin " + ESCAPED + "</h2>"), html);
    assertFalse(html.contains(SCRIPT), html);
  }

  @Test
  void aPaperBallotIsTheBallotWithTheVotersIdentityKept() {
    Ballot ballot = new Ballot(CITY, "APPROVAL", 100000, "Toute la ville — Montant : 100 000 €",
        "Cochez au moins 1 et au plus 2 projets.", false,
        List.of(new Choice("project-" + GARDEN, "Jardin — Coût : 40 000 €", 40000, "on", true)), 40000, null,
        "Le bulletin n'a pas été enregistré : indiquez le nom.", null, null, null);
    Form form = Form.prefilled(Map.of("lastName", "MOREAU " + SCRIPT, "firstNames", "Camille"));
    form.refuse("birthDate", "form.required");
    String html = TemplatePreview.render("budget/ballot", "fr", form, STAFF, Map.of("ballot", ballot, "action",
        "/budget/" + EDITION + "/paper-ballots", "identity", List.of(
            new IdentityField("lastName", "Nom", "text"), new IdentityField("birthDate", "Date de naissance", "date"))));
    assertTrue(html.contains("action=\"/budget/" + EDITION + "/paper-ballots\""), html);
    assertTrue(html.contains("<label for=\"paper-lastName\">Nom</label>"), html);
    assertTrue(html.contains("value=\"MOREAU " + ESCAPED + "\""), html);
    assertTrue(html.contains("<input type=\"date\" id=\"paper-birthDate\" name=\"birthDate\" required value=\"\""
        + " aria-invalid=\"true\""), html);
    assertTrue(html.contains("Ce champ est obligatoire."), html);
    assertTrue(html.contains("id=\"ballot-error\""), html);
    assertFalse(html.contains(SCRIPT), html);
  }
}
