package org.parvis.modules.budget.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.core.portal.views.TemplatePreview;
import org.parvis.core.portal.views.Visitor;
import org.parvis.modules.budget.interfaces.web.AdministrationPageModels.Choice;
import org.parvis.modules.budget.interfaces.web.AdministrationPageModels.Creation;
import org.parvis.modules.budget.interfaces.web.AdministrationPageModels.Day;
import org.parvis.modules.budget.interfaces.web.AdministrationPageModels.EditionAdmin;
import org.parvis.modules.budget.interfaces.web.AdministrationPageModels.RecountRow;
import org.parvis.modules.budget.interfaces.web.AdministrationPageModels.Row;
import org.parvis.modules.budget.interfaces.web.AdministrationPageModels.Typed;
import org.parvis.modules.budget.interfaces.web.FollowUpPages.MilestoneForm;
import org.parvis.modules.budget.interfaces.web.FollowUpPages.Option;
import org.parvis.modules.budget.interfaces.web.FollowUpPages.WorksPage;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;

/** Render tests of the budget's administration pages and of staff's follow-up of the works. */
class BudgetAdministrationTemplatesTest {

  private static final UUID EDITION = UUID.fromString("0c8e3b1a-7d55-4b0e-9a51-2f1d8f6a9b10");
  private static final UUID GARDEN = UUID.fromString("8f5b6a3c-0e1d-4c2b-9a8f-7e6d5c4b3a21");
  private static final UUID STEP = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
  private static final Visitor ADMIN = new Visitor(true, "Admin", Set.of(TenantRole.ADMIN), false);
  private static final String HELP = "Chaque phase s'ouvre à minuit le jour indiqué (fuseau Europe/Paris).";

  private static List<Day> days(String voteCloses) {
    return List.of(new Day("voteOpens", "Ouverture du vote", "2027-01-20"),
        new Day("voteCloses", "Clôture du vote", voteCloses));
  }

  @Test
  void theEditionsListAndARefusedCreationKeepEverythingTyped() {
    Map<String, String> typed = new HashMap<>(Map.of("title", "Budget " + SCRIPT, "districts",
        "Centre;30000\r\nSecteur 2 ; 20 000", "kind", "KNAPSACK", "mesUtility", "cardinality", "pabulibRule",
        "equal-shares"));
    Creation creation = new Creation(List.of(new Choice("APPROVAL", "Approbation"), new Choice("KNAPSACK", "Sac")),
        List.of(new Choice("greedy", "Glouton"), new Choice("equal-shares", "Parts égales")),
        List.of(new Choice("cost", "selon le coût"), new Choice("cardinality", "selon le nombre")),
        List.of(new Choice("none", "laissé")));
    String html = TemplatePreview.render("budget/admin-editions", "fr", Form.empty(), ADMIN, Map.of(
        "rows", List.of(new Row(EDITION, "Budget " + SCRIPT, "Vote", List.of(LocalDate.parse("2027-01-20")))),
        "creation", creation, "days", days("2027-01-19"), "zoneHelp", HELP, "typed", new Typed(typed),
        "refusal", "Ce n'est pas enregistré : vérifiez les dates."));
    assertTrue(html.contains("role=\"alert\" id=\"admin-error\""), html);
    assertTrue(html.contains("<a href=\"/budget/administration/" + EDITION + "\">Budget " + ESCAPED + "</a>"), html);
    assertTrue(html.contains("<time datetime=\"2027-01-20\">20 janvier 2027</time>"), html);
    assertTrue(html.contains("class=\"table-scroll\""), html);
    assertTrue(html.contains("<label for=\"edition-voteCloses\">Clôture du vote</label>"), html);
    assertTrue(html.contains("name=\"voteCloses\" value=\"2027-01-19\""), html);
    assertTrue(html.contains("value=\"Budget " + ESCAPED + "\""), html);
    assertTrue(html.contains(">Centre;30000"), html);
    assertTrue(html.contains("aria-describedby=\"edition-districts-help\""), html);
    assertTrue(html.contains("value=\"KNAPSACK\" required checked"), html);
    assertTrue(html.contains("<option value=\"cardinality\" selected>"), html);
    assertTrue(html.contains("<option value=\"equal-shares\" selected>Parts égales</option>"), html);
    assertTrue(html.contains("enctype=\"multipart/form-data\""), html);
    assertFalse(html.contains(SCRIPT), html);
  }

  @Test
  void anEditionsPageHasItsCalendarItsClosingAndItsRecountsOnTheTenantsClocks() {
    EditionAdmin edition = new EditionAdmin(EDITION, "Phase en cours : Résultats", true, true,
        List.of(new RecountRow(Instant.parse("2026-11-30T23:30:00Z"), "admin-sub", "Devis <n°2>", "oui")));
    String html = TemplatePreview.render("budget/admin-edition", "fr", Form.empty(), ADMIN, Map.of(
        "edition", edition, "days", days("2027-01-30"), "zoneHelp", HELP, "reason", "Coût <corrigé>", "notice", "",
        "refusal", ""));
    assertTrue(html.contains("action=\"/budget/administration/" + EDITION + "/results/recount\""), html);
    assertTrue(html.contains("<label for=\"recount-reason\">Raison publique du recomptage</label>"), html);
    assertTrue(html.contains("aria-describedby=\"recount-help\">Coût &lt;corrigé&gt;</textarea>"), html);
    assertTrue(html.contains("<caption>Recomptages passés</caption>"), html);
    assertTrue(html.contains("<time datetime=\"2026-12-01T00:30+01:00\">1er déc. 2026"), html);
    assertTrue(html.contains("<td>admin-sub</td><td>Devis &lt;n°2&gt;</td><td>oui</td>"), html);
    assertTrue(html.contains("name=\"voteOpens\" value=\"2027-01-20\""), html);
    assertTrue(html.contains("id=\"schedule-calendar-help\""), html);
    assertFalse(html.contains("/vote/close"), "a closed vote has no closing form: " + html);
    EditionAdmin open = new EditionAdmin(EDITION, "Phase en cours : Vote", false, false, List.of());
    String voting = TemplatePreview.render("budget/admin-edition", "fr", Form.empty(), ADMIN, Map.of(
        "edition", open, "days", days("2027-01-30"), "zoneHelp", HELP, "reason", "", "notice", "", "refusal", ""));
    assertTrue(voting.contains("/vote/close\""), voting);
    assertFalse(voting.contains("recount-reason"), voting);
  }

  @Test
  void theWorksFollowUpKeepsTheStatusAndProgressTypedAndEachMilestoneHasItsForms() {
    WorksPage works = new WorksPage(GARDEN, EDITION, List.of(new Option("IN_WORKS", "En travaux", false),
        new Option("ABANDONED", "Abandonné", true)), "10", "",
        List.of(new MilestoneForm("milestone-" + STEP, STEP, "Terrassement " + SCRIPT, "Terrassement " + SCRIPT,
            "2027-03-10", "")), new MilestoneForm("milestone-new", null, "", "", "", ""));
    String html = TemplatePreview.render("budget/works", "fr", Form.empty(), ADMIN, Map.of("works", works,
        "notice", "", "refusal", "Ce n'est pas enregistré : vérifiez la raison publique de l'abandon."));
    assertTrue(html.contains("role=\"alert\" id=\"works-error\""), html);
    assertTrue(html.contains("value=\"ABANDONED\" required checked"), html);
    assertTrue(html.contains("name=\"progress\" min=\"0\" max=\"100\" step=\"1\" required value=\"10\""), html);
    assertTrue(html.contains("<section id=\"milestone-" + STEP + "\"><h3>Terrassement " + ESCAPED + "</h3>"), html);
    assertTrue(html.contains("action=\"/budget/projects/" + GARDEN + "/follow-up/milestones/" + STEP + "/remove\""),
        html);
    assertTrue(html.contains("<label for=\"milestone-new-title\">"), html);
    assertFalse(html.contains(SCRIPT), html);
    String notFunded = TemplatePreview.render("budget/works", "fr", Map.of("works", "", "notice", "", "refusal", ""));
    assertTrue(notFunded.contains("n&#39;est pas financé"), notFunded);
  }
}
