package org.parvis.modules.votations.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.core.portal.views.TemplatePreview;
import org.parvis.core.portal.views.Visitor;
import org.parvis.modules.votations.interfaces.web.VotationAdminPageModels.Detail;
import org.parvis.modules.votations.interfaces.web.VotationAdminPageModels.Editor;
import org.parvis.modules.votations.interfaces.web.VotationAdminPageModels.MethodChoice;
import org.parvis.modules.votations.interfaces.web.VotationAdminPageModels.OptionField;
import org.parvis.modules.votations.interfaces.web.VotationAdminPageModels.Row;
import org.parvis.spi.security.TenantRole;
import org.parvis.spi.web.Form;

class VotationsAdminTemplatesTest {

  private static final UUID ID = UUID.fromString("0c8e3b1a-7d55-4b0e-9a51-2f1d8f6a9b10");
  private static final Visitor ADMIN = new Visitor(true, "Alix Admin", Set.of(TenantRole.ADMIN), false);

  private static Detail detail(boolean upcoming, boolean open, boolean closed) {
    return new Detail(ID, "Quel usage pour la <friche> ?", upcoming ? "À venir" : open ? "Vote ouvert" : "Vote clos",
        "Jugement majoritaire", "1 déc. 2026, 08:00", "14 déc. 2026, 20:00", 1312, List.of("Parc", "Piscine"),
        List.of("Très bien", "Bien", "Passable"), upcoming, open, closed);
  }

  private static Editor editor(UUID id) {
    List<MethodChoice> methods = List.of(
        new MethodChoice("MAJORITY_JUDGMENT", "method-0", "Jugement majoritaire", "Chaque votant donne une mention."),
        new MethodChoice("APPROVAL", "method-1", "Approbation", "Chaque votant coche ce qu'il approuve."));
    List<OptionField> options = List.of(new OptionField("option-1", "Option 1"), new OptionField("option-2",
        "Option 2"));
    return new Editor(id == null ? "/votations/administration/new" : "/votations/administration/" + id + "/edit",
        id == null ? "Créer la votation" : "Enregistrer les modifications", methods, options, "Europe/Paris");
  }

  @Test
  void theListShowsStatusDatesTurnoutAndResultsOfClosedVotationsInAScrollingTable() {
    var rows = List.of(new Row(ID, "Quel usage pour la <friche> ?", "Vote clos", "1 déc. 2026, 08:00",
        "14 déc. 2026, 20:00", 1312, true),
        new Row(UUID.randomUUID(), "Piscine", "Vote ouvert", "1 janv. 2027, 08:00", "9 janv. 2027, 20:00", 4, false));
    String html = TemplatePreview.render("votations/admin-list", "fr", Form.empty(), ADMIN, Map.of("votations", rows));
    assertTrue(html.contains("class=\"table-scroll\" role=\"region\""), html);
    assertTrue(html.contains("<th scope=\"col\">Participation</th>"), html);
    assertTrue(html.contains("<a href=\"/votations/administration/" + ID + "\">Quel usage pour la &lt;friche&gt; ?</a>"),
        html);
    assertTrue(html.contains("1\u202f312 votant(s)") || html.contains("1\u00a0312 votant(s)"), html);
    assertTrue(html.contains("href=\"/votations/" + ID + "/results\""), html);
    assertTrue(html.contains("4 votant(s)</td>"), "no results link while open: " + html);
    assertTrue(html.contains("href=\"/votations/administration/new\""), html);
  }

  @Test
  void theFormOffersTheMethodsAsExplainedRadiosAndKeepsWhatWasTypedWithEachMessage() {
    Form form = Form.prefilled(Map.of("question", "Quel <usage> ?", "method", "APPROVAL", "option-1", "Parc",
        "opensAt", "2026-12-10T08:00", "closesAt", "2026-12-09T08:00"));
    form.refuse("option-1", "admin.optionsRefused");
    form.refuse("closesAt", "admin.closesBeforeOpening");
    String html = TemplatePreview.render("votations/admin-form", "fr", form, ADMIN, Map.of("editor", editor(null)));
    assertTrue(html.contains("role=\"alert\""), html);
    assertTrue(html.contains("<a href=\"#option-1\">Option 1 : Donnez au moins deux options distinctes.</a>"), html);
    assertTrue(html.contains("<a href=\"#closesAt\">Clôture : La clôture doit venir après l'ouverture.</a>")
        || html.contains("<a href=\"#closesAt\">Clôture : La clôture doit venir après l&#39;ouverture.</a>"), html);
    assertTrue(html.contains("value=\"Quel &lt;usage&gt; ?\""), html);
    assertTrue(html.contains("value=\"APPROVAL\" required aria-describedby=\"method-1-hint\" checked"), html);
    assertTrue(html.contains("<legend>Mode de scrutin</legend>"), html);
    assertTrue(html.contains("type=\"datetime-local\" value=\"2026-12-09T08:00\""), html);
    assertTrue(html.contains("fuseau Europe/Paris"), html);
    assertTrue(html.contains("action=\"/votations/administration/new\""), html);
  }

  @Test
  void anUpcomingVotationCanBeChangedOrOpenedWithAConfirmation() {
    String html = TemplatePreview.render("votations/admin-votation", "fr", Form.empty(), ADMIN,
        Map.of("votation", detail(true, false, false)));
    assertTrue(html.contains("href=\"/votations/administration/" + ID + "/edit\""), html);
    assertTrue(html.contains("action=\"/votations/administration/" + ID + "/opening\""), html);
    assertTrue(html.contains("<input type=\"checkbox\" id=\"confirm\" name=\"confirm\" value=\"yes\" required>"), html);
    assertFalse(html.contains("/closing"), html);
  }

  @Test
  void closingSpellsOutItsConsequenceAndAnUnconfirmedCloseIsShownAgain() {
    Form form = Form.empty();
    form.refuse("confirm", "admin.confirmRequired");
    String html = TemplatePreview.render("votations/admin-votation", "en", form, ADMIN,
        Map.of("votation", detail(false, true, false)));
    assertTrue(html.contains("action=\"/votations/administration/" + ID + "/closing\""), html);
    assertTrue(html.contains("the ballot box is sealed and the results are published. This cannot be undone."), html);
    assertTrue(html.contains("Tick the box to confirm."), html);
    assertTrue(html.contains("aria-invalid=\"true\" aria-describedby=\"confirm-error\""), html);
    assertTrue(html.contains("1,312 voter(s)"), html);
    assertFalse(html.contains("/edit\""), html);
  }

  @Test
  void aClosedVotationLinksToItsResults() {
    String html = TemplatePreview.render("votations/admin-votation", "fr", Form.empty(), ADMIN,
        Map.of("votation", detail(false, false, true)));
    assertTrue(html.contains("href=\"/votations/" + ID + "/results\""), html);
    assertFalse(html.contains("<form"), html);
  }

  @Test
  void thePublicListLinksToTheAdministrationForOrganizersOnly() {
    assertTrue(TemplatePreview.render("votations/index", "fr", Form.empty(), ADMIN, Map.of("votations", List.of()))
        .contains("href=\"/votations/administration\""));
    assertFalse(TemplatePreview.render("votations/index", "fr", Form.empty(), Visitor.ANONYMOUS,
        Map.of("votations", List.of())).contains("/votations/administration"));
    var resident = new Visitor(true, "Camille", Set.of(TenantRole.CITIZEN), true);
    assertFalse(TemplatePreview.render("votations/index", "fr", Form.empty(), resident,
        Map.of("votations", List.of())).contains("/votations/administration"));
  }
}
