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
import org.parvis.modules.questions.interfaces.web.AdministrationPageModels.Followed;
import org.parvis.modules.questions.interfaces.web.AdministrationPageModels.OfficialRow;
import org.parvis.modules.questions.interfaces.web.AdministrationPageModels.Pending;
import org.parvis.modules.questions.interfaces.web.AdministrationPageModels.SessionRow;
import org.parvis.modules.questions.interfaces.web.QuestionPageModels.Option;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;

class AdministrationTemplatesTest {

  static final UUID ID = UUID.fromString("7a1c2a8e-1d2b-4c3a-9e8f-0a1b2c3d4e5f");
  static final UUID TARGET = UUID.fromString("9c3e4c0a-3f4d-4e5c-9a0b-2c3d4e5f6071");
  static final Visitor MODERATOR = new Visitor(true, "Modératrice", Set.of(TenantRole.MODERATOR), false);
  static final Visitor STAFF = new Visitor(true, "Secrétariat", Set.of(TenantRole.STAFF), false);

  @Test
  void theModerationQueueOffersPublishRejectWithAReasonAndMerge() {
    Form refused = Form.prefilled(Map.of("reason-" + ID, ""));
    refused.paragraphs("reason-" + ID, 2000);
    Pending pending = new Pending(ID, "Le marché du dimanche", "Le conseil municipal", "2 novembre 2026 à 10:12",
        List.of("Peut-il rester place Saint-Bruno ?"), "reason-" + ID, "",
        List.of(new Option(TARGET.toString(), "Le marché de la place Saint-Bruno", false)));
    String html = TemplatePreview.render("questions/moderation", "fr", refused, MODERATOR,
        Map.of("pending", List.of(pending), "done", false));
    assertTrue(html.contains("action=\"/questions/moderation/" + ID + "/publication\""), html);
    assertTrue(html.contains("<label for=\"reason-" + ID + "\">Motif du refus (public)</label>"), html);
    assertTrue(html.contains("aria-invalid=\"true\""), "the refused reason is marked: " + html);
    assertTrue(html.contains("<label for=\"into-" + ID + "\">"), html);
    assertTrue(html.contains("<option value=\"" + TARGET + "\">Le marché de la place Saint-Bruno</option>"), html);
    String none = TemplatePreview.render("questions/moderation", "en", Form.empty(), MODERATOR,
        Map.of("pending", List.of(), "done", true));
    assertTrue(none.contains("No question awaits moderation.") && none.contains("role=\"status\""), none);
  }

  @Test
  void theCouncilOfficeSchedulesAnswersAndKeepsTheDirectoryAndCalendar() {
    Followed selected = new Followed(ID, "La piscine le soir", "Élisa Martin", "Retenue", "52 soutien(s) sur 50",
        true, null, false, true, List.of(new Option(TARGET.toString(), "3 décembre 2026 à 18:00 — Salle du conseil",
        false)), "answer-" + ID, "", "day-" + ID, "", "video-" + ID, "", "seconds-" + ID, "");
    Map<String, Object> data = new HashMap<>();
    data.put("followed", List.of(selected));
    data.put("officials", List.of(new OfficialRow(TARGET, "Élisa Martin", "Adjoint·e au maire", "Mobilités",
        "Mandat depuis le 3 juillet 2020")));
    data.put("functions", List.of(new Option("MAYOR", "Maire", false), new Option("COUNCILLOR", "Conseiller", true)));
    data.put("sessions", List.of(new SessionRow(TARGET, "3 décembre 2026 à 18:00", "Salle du conseil", 1)));
    data.put("done", false);
    String html = TemplatePreview.render("questions/office", "fr", Form.empty(), STAFF, data);
    assertTrue(html.contains("<strong>Réponse en retard</strong>"), html);
    assertTrue(html.contains("action=\"/questions/council-office/questions/" + ID + "/agenda\""), html);
    assertTrue(html.contains("<label for=\"answer-" + ID + "\">Texte de la réponse</label>"), html);
    assertTrue(html.contains("<label for=\"seconds-" + ID + "\">"), html);
    assertTrue(html.contains("<legend>Réponse de l&#39;élu·e</legend>"), html);
    assertTrue(html.contains("<th scope=\"row\"><a href=\"/questions/council/officials/" + TARGET + "\">"), html);
    assertTrue(html.contains("class=\"table-scroll\" role=\"region\""), html);
    assertTrue(html.contains("<label for=\"sessionStart\">") && html.contains("type=\"datetime-local\""), html);
    assertTrue(html.contains("<label for=\"termEnd\">Fin du mandat <span class=\"optional\">(facultatif)</span>"),
        html);
    assertFalse(html.contains("/selection\""), "a selected question is not selected again: " + html);
  }
}
