package org.parvis.modules.council.interfaces.web;

import org.parvis.spi.i18n.Texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parvis.modules.council.application.ContributionView;
import org.parvis.modules.council.application.ContributionView.AmendmentView;
import org.parvis.modules.council.application.ContributionView.ResultView;
import org.parvis.modules.council.application.ContributionView.SectionView;
import org.parvis.modules.council.application.ContributionView.TallyView;
import org.parvis.modules.council.application.ContributionView.VoteView;
import org.parvis.modules.council.application.MemberView;

class ContributionHtmlTest {

  private final Texts fr = Texts.of("messages.council", Locale.FRENCH);
  private final UUID pen = UUID.randomUUID();
  private final UUID other = UUID.randomUUID();
  private final UUID section = UUID.randomUUID();
  private final UUID amendment = UUID.randomUUID();
  private final UUID college = UUID.randomUUID();

  private MemberView member(UUID id, String... roles) {
    return new MemberView(id, "sub", "Nom", null, null, college, "VOLUNTEER", null, "2026-01-01",
        "2029-01-01", null, List.of(roles), false);
  }

  private ContributionView contribution(String status, ResultView result, List<VoteView> votes) {
    return new ContributionView(UUID.randomUUID(), null, "Avis", pen, status,
        List.of(new SectionView(section, 1, "Mobilités <rurales>", "Texte actuel")), List.of(),
        List.of(new AmendmentView(amendment, section, other, "Autre texte", "Motif", "PROPOSED")),
        votes, result, null, null, null, null);
  }

  private Typed refused(String form, Map<String, String> values) {
    var posted = new MultivaluedHashMap<String, String>();
    values.forEach(posted::add);
    return Typed.of(form, posted).refused("Refusé");
  }

  @Test
  void aConsentVoteOffersConsentObjectionAndStandingAsideWithTheMembersVoteChecked() {
    var tally = new TallyView(college, "Citoyens", 1, 0, 0, true);
    var result = new ResultView("CONSENT", "PER_COLLEGE", 50, true, tally, List.of(tally));
    String html = ContributionHtml.of(fr, member(other), contribution("VOTING", result,
        List.of(new VoteView(other, college, "STAND_ASIDE"))), Map.of(), "tok", null);
    assertTrue(html.contains("value=\"STAND_ASIDE\" checked"), html);
    assertTrue(html.contains("<label for=\"choice-OBJECTION\">J&#39;objecte</label>"), html);
    assertFalse(html.contains("choice-FOR"), "no majority choices under a consent rule");
    assertTrue(html.contains("Collège Citoyens : 1 pour, 0 contre, 0 abstention(s) ou retrait(s)"), html);
  }

  @Test
  void aRefusedAmendmentKeepsWhatWasTypedAndAnnouncesTheReasonInThatFormOnly() {
    String html = ContributionHtml.of(fr, member(other), contribution("DRAFTING", null, List.of()), Map.of(),
        "tok", refused("amend-" + section, Map.of("text", "Mon <texte>", "reason", "")));
    assertEquals(1, html.split("role=\"alert\"", -1).length - 1, html);
    int alert = html.indexOf("role=\"alert\"");
    assertTrue(alert > html.indexOf("/amendments\">"), "the alert is inside the amendment form");
    assertTrue(html.contains(">Mon &lt;texte&gt;</textarea>"), html);
    assertTrue(html.contains("<h2 id=\"section-" + section + "\">Mobilités &lt;rurales&gt;</h2>"), html);
  }

  @Test
  void onlyThePenHolderOrAFacilitatorDecidesAndOthersHearWhyTheyWereRefused() {
    var draft = contribution("DRAFTING", null, List.of());
    assertTrue(ContributionHtml.of(fr, member(pen), draft, Map.of(), "tok", null).contains("value=\"accept\""));
    assertTrue(ContributionHtml.of(fr, member(other, "FACILITATOR"), draft, Map.of(), "tok", null)
        .contains("value=\"accept\""));
    String html = ContributionHtml.of(fr, member(other), draft, Map.of(), "tok",
        refused("decide-" + amendment, Map.of("decision", "accept")));
    assertFalse(html.contains("value=\"accept\""), html);
    assertTrue(html.startsWith("<p role=\"alert\""), "announced at the top: " + html);
  }
}
