package org.parvis.modules.council.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.modules.council.application.CouncilView;
import org.parvis.modules.council.application.GroupView;
import org.parvis.modules.council.application.MemberView;
import org.parvis.spi.i18n.Texts;

class AdministrationHtmlTest {

  private final Texts fr = Texts.of("messages.council", Locale.FRENCH);
  private final UUID citizens = UUID.randomUUID();
  private final UUID anna = UUID.randomUUID();
  private final UUID ended = UUID.randomUUID();
  private final UUID group = UUID.randomUUID();

  private AdministrationHtml.Content content() {
    var council = new CouncilView(UUID.randomUUID(), "Conseil <Val>", "Val", 3, "MAJORITY", "PER_COLLEGE", 60,
        List.of(new CouncilView.CollegeView(citizens, "Citoyens", 2, true, 1)), 2, null);
    var members = List.of(
        new MemberView(anna, "s1", "Anna", null, null, citizens, "VOLUNTEER", null, "2026-01-01", "2029-01-01",
            null, List.of("BUREAU"), true),
        new MemberView(ended, "s2", "Eve", null, null, citizens, "VOLUNTEER", null, "2026-01-01", "2029-01-01",
            "2026-02-01", List.of(), false));
    return new AdministrationHtml.Content(council, members, List.of(new GroupView(group, "Mobilités", null,
        List.of())), List.of());
  }

  @Test
  void beforeTheCouncilExistsOnlyItsCreationIsOffered() {
    String html = AdministrationHtml.html(fr, null, "token", null);
    assertTrue(html.contains("action=\"/council/administration/council\""), html);
    assertTrue(html.contains(">Créer le conseil</button>"), html);
    assertFalse(html.contains("/council/administration/members"), html);
  }

  @Test
  void aRefusedAppointmentIsAnnouncedInItsFormWithWhatWasTyped() {
    var refused = new Typed(AdministrationHtml.MEMBER, Map.of("displayName", "Bruno <B>", "college",
        citizens.toString(), "appointment", "VOLUNTEER", "role-FACILITATOR", "on"), "Plus de siège libre");
    String html = AdministrationHtml.html(fr, content(), "token", refused);
    int form = html.indexOf("action=\"/council/administration/members\"");
    assertTrue(html.indexOf("role=\"alert\"", form) > form, "the alert is in the refused form");
    assertTrue(html.contains("value=\"Bruno &lt;B&gt;\""), html);
    assertTrue(html.contains("<option value=\"" + citizens + "\" selected>Citoyens</option>"), html);
    assertTrue(html.contains("name=\"role-FACILITATOR\" checked"), html);
    assertFalse(html.contains("name=\"role-BUREAU\" checked"), html);
    assertTrue(html.contains("value=\"Conseil &lt;Val&gt;\""), "the council form shows the council: " + html);
  }

  @Test
  void onlySittingMembersCanBeEndedOrAddedToAGroup() {
    String html = AdministrationHtml.html(fr, content(), "token", null);
    assertTrue(html.contains("action=\"/council/administration/members/" + anna + "/end\""), html);
    assertFalse(html.contains("action=\"/council/administration/members/" + ended + "/end\""), html);
    assertTrue(html.contains("<option value=\"" + anna + "\">Anna</option>"), html);
    assertFalse(html.contains("<option value=\"" + ended + "\">"), html);
    assertTrue(html.contains("enctype=\"multipart/form-data\""), "the referral form sends its document");
    assertTrue(html.contains("Charte : version 2 en vigueur"), html);
  }
}
