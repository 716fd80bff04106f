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
import org.parvis.modules.worksites.interfaces.web.StaffPageModels.Attendance;
import org.parvis.modules.worksites.interfaces.web.StaffPageModels.CheckIn;
import org.parvis.modules.worksites.interfaces.web.StaffPageModels.Choice;
import org.parvis.modules.worksites.interfaces.web.StaffPageModels.Flagged;
import org.parvis.modules.worksites.interfaces.web.StaffPageModels.Hidden;
import org.parvis.modules.worksites.interfaces.web.StaffPageModels.ShiftLink;
import org.parvis.modules.worksites.interfaces.web.StaffPageModels.StaffWorksite;
import org.parvis.modules.worksites.interfaces.web.StaffPageModels.ToTriage;
import org.parvis.modules.worksites.interfaces.web.StaffPageModels.WorksiteLink;
import org.parvis.modules.worksites.interfaces.web.WorksitePageModels.Figure;
import org.parvis.spi.web.Form;

class StaffTemplatesTest {

  private static final UUID ID = UUID.fromString("6f1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f");
  private static final UUID OTHER = UUID.fromString("7a1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f");

  private static String render(String template, Form form, Map<String, Object> data) {
    Map<String, Object> all = new HashMap<>(data);
    all.putIfAbsent("notice", "");
    return TemplatePreview.render(template, "fr", form, Visitor.ANONYMOUS, all);
  }

  @Test
  void triageOffersAcceptDeclineAndMergeForEachReport() {
    String html = render("worksites/staff-triage", Form.empty(), Map.of("reports", List.of(new ToTriage(ID,
        "Nettoyer le square <Vallier>", "1 soutien(s)", List.of("Près de l'entrée."),
        List.of(new Choice(OTHER.toString(), "Ramasser les déchets")))), "worksites",
        List.of(new WorksiteLink(OTHER, "Square", "Programmé"))));
    assertTrue(html.contains("<h3 id=\"h-" + ID + "\">Nettoyer le square &lt;Vallier&gt;</h3>"), html);
    assertTrue(html.contains("action=\"/worksites/staff/reports/" + ID + "/acceptance\""), html);
    assertTrue(html.contains("<label for=\"decline-" + ID + "\">Motif public du refus</label>"), html);
    assertTrue(html.contains("<option value=\"" + OTHER + "\">Ramasser les déchets</option>"), html);
    assertTrue(html.contains("<label for=\"merge-" + ID + "\">"), html);
    assertTrue(html.contains("<a href=\"/worksites/staff/worksites/" + OTHER + "\">Square</a> — Programmé"), html);
    String none = render("worksites/staff-triage", Form.empty(), Map.of("reports", List.of(), "worksites",
        List.of()));
    assertTrue(none.contains("Aucun signalement en attente de décision."), none);
  }

  @Test
  void aRefusedDeclineSaysWhyInTheSummary() {
    Form form = Form.prefilled(Map.of("reason", " "));
    form.paragraphs("reason", 2_000);
    String html = render("worksites/staff-triage", form, Map.of("reports", List.of(), "worksites", List.of()));
    assertTrue(html.contains("role=\"alert\"") && html.contains("Ce champ est obligatoire."), html);
  }

  @Test
  void moderationListsFlaggedAndHiddenReports() {
    String html = render("worksites/staff-moderation", Form.empty(), Map.of("flagged", List.of(new Flagged(ID,
        "Propos", "Signalé comme abusif 2 fois", List.of("Texte"))), "hidden", List.of(new Hidden(OTHER, "Autre",
        "Injures"))));
    assertTrue(html.contains("Signalé comme abusif 2 fois"), html);
    assertTrue(html.contains("<label for=\"hide-" + ID + "\">Motif public du masquage</label>"), html);
    assertTrue(html.contains("action=\"/worksites/staff/reports/" + OTHER + "/restoration\""), html);
    String none = render("worksites/staff-moderation", Form.empty(), Map.of("flagged", List.of(), "hidden",
        List.of()));
    assertTrue(none.contains("Aucun signalement à modérer.") && none.contains("Aucun signalement masqué."), none);
  }

  private static StaffWorksite worksite(boolean planned) {
    return new StaffWorksite(ID, planned ? "Programmé" : "Réalisé", planned,
        List.of(new ShiftLink(OTHER, "Pointage du samedi 12 décembre", "3 place(s) libre(s) sur 5")),
        List.of("Gants × 10 — fourni par la commune"), List.of(new Figure("/files/a", "Ronces", "Avant — Ronces")),
        List.of(new Choice("COMMUNE", "fourni par la commune"), new Choice("VOLUNTEER", "à apporter")),
        List.of(new Choice("BEFORE", "Avant"), new Choice("AFTER", "Après")));
  }

  @Test
  void aPlannedWorksiteHasItsDescriptionMaterialsPhotosShiftsAndCompletionForms() {
    Form shown = Form.prefilled(Map.of("title", "Nettoyer <le> square", "referent", "Agnès", "quantity", "1",
        "source", "COMMUNE", "kind", "BEFORE"));
    String html = render("worksites/staff-worksite", shown, Map.of("worksite", worksite(true)));
    assertTrue(html.contains("value=\"Nettoyer &lt;le&gt; square\""), html);
    assertTrue(html.contains("<label for=\"referent\">Référent de la commune"), html);
    assertTrue(html.contains("<legend>Qui l&#39;apporte ?</legend>"), html);
    assertTrue(html.contains("id=\"source-COMMUNE\" name=\"source\" value=\"COMMUNE\" checked"), html);
    assertTrue(html.contains("id=\"kind-BEFORE\" name=\"kind\" value=\"BEFORE\" checked"), html);
    assertTrue(html.contains("enctype=\"multipart/form-data\""), html);
    assertTrue(html.contains("<a href=\"/worksites/staff/shifts/" + OTHER + "\">"), html);
    assertTrue(html.contains("<label for=\"day\">") && html.contains("type=\"time\""), html);
    assertTrue(html.contains("<label for=\"note\">Bilan (facultatif)</label>"), html);
    String done = render("worksites/staff-worksite", Form.empty(), Map.of("worksite", worksite(false)));
    assertFalse(done.contains("/details\"") || done.contains("/shifts\"") || done.contains("/completion\""), done);
    assertTrue(done.contains("/photos\""), "photos after the work are still added: " + done);
  }

  @Test
  void theCheckInListHasANamedAttendanceFieldPerRegistration() {
    String html = render("worksites/staff-check-in", Form.empty(), Map.of("shiftId", OTHER, "checkIn",
        new CheckIn(ID, "Square", "samedi 12 décembre 2026, de 09:00 à 12:00", List.of(
            new Attendance(ID, "citoyen4@example.org", "2 place(s) réservée(s)", 2, 2, "2 présent(s)")))));
    assertTrue(html.contains("<li id=\"r-" + ID + "\">"), html);
    assertTrue(html.contains("<strong>2 présent(s)</strong>"), html);
    assertTrue(html.contains("action=\"/worksites/staff/shifts/" + OTHER + "/registrations/" + ID + "/attendance\""),
        html);
    assertTrue(html.contains("max=\"2\" value=\"2\""), html);
    assertTrue(render("worksites/staff-check-in", Form.empty(), Map.of("shiftId", OTHER, "checkIn",
        new CheckIn(ID, "Square", "samedi", List.of()))).contains("Aucune inscription confirmée"));
  }
}
