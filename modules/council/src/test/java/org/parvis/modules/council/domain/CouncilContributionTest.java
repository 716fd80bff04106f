package org.parvis.modules.council.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CouncilContributionTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
  private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

  private final Council council = new Council("CD", "Territoire", 3, AdoptionRule.consent(AdoptionScope.PER_COLLEGE));
  private final CouncilCollege economy = council.defineCollege("Économie", 5, true, 0);
  private final CouncilCollege citizens = council.defineCollege("Citoyens", 5, true, 0);
  private final CouncilCollege observers = council.defineCollege("Élus", 2, false, 0);

  private CouncilMember member(String name, CouncilCollege college) {
    return new CouncilMember(new CouncilMember.Profile(name, name, null, null, "", false), college.id(),
        Appointment.VOLUNTEER, null, LocalDate.of(2026, 1, 1), 3);
  }

  private final CouncilMember pen = member("pen", economy);
  private final CouncilMember other = member("other", citizens);

  private CouncilContribution drafted() {
    var c = new CouncilContribution("Avis sur le PCAET", null, pen, TODAY, NOW);
    c.addSection(pen, "Constat", "Le territoire émet trop.", TODAY);
    return c;
  }

  @Test
  void anAcceptedAmendmentReplacesTheSectionAndARejectedOneDoesNot() {
    var c = drafted();
    var section = c.sections().get(0).id();
    var accepted = c.proposeAmendment(other, section, "Le territoire émet 8 t/hab.", "Chiffrer", TODAY, NOW);
    var rejected = c.proposeAmendment(other, section, "Tout va bien.", "Optimisme", TODAY, NOW);
    assertThrows(CouncilException.class, () -> c.decideAmendment(other, accepted.id(), true, TODAY),
        "only the pen holder decides");
    c.decideAmendment(pen, accepted.id(), true, TODAY);
    c.decideAmendment(pen, rejected.id(), false, TODAY);
    assertEquals("Le territoire émet 8 t/hab.", c.sections().get(0).text());
    assertThrows(CouncilException.class, () -> c.decideAmendment(pen, rejected.id(), true, TODAY));
  }

  @Test
  void theVoteWaitsForEveryAmendmentToBeDecided() {
    var c = drafted();
    c.proposeAmendment(other, c.sections().get(0).id(), "x", "y", TODAY, NOW);
    assertThrows(CouncilException.class, () -> c.openVote(pen, council, TODAY));
  }

  @Test
  void eachMemberVotesOnceAndObserversDoNotVote() {
    var c = drafted();
    c.openVote(pen, council, TODAY);
    assertThrows(CouncilException.class, () -> c.addSection(pen, "Ajout", "trop tard", TODAY));
    c.vote(pen, VoteChoice.CONSENT, TODAY, NOW);
    c.vote(other, VoteChoice.OBJECTION, TODAY, NOW);
    c.vote(other, VoteChoice.CONSENT, TODAY, NOW.plusSeconds(60));
    assertEquals(2, c.votes().size(), "a second vote replaces the first");
    assertThrows(CouncilException.class, () -> c.vote(member("elu", observers), VoteChoice.CONSENT, TODAY, NOW));
    assertThrows(CouncilException.class, () -> c.vote(pen, VoteChoice.FOR, TODAY, NOW), "consent vote");
    var ended = member("gone", citizens);
    ended.end(LocalDate.of(2026, 3, 1));
    assertThrows(CouncilException.class, () -> c.vote(ended, VoteChoice.CONSENT, TODAY, NOW));

    var result = c.closeVote(pen, council, TODAY, NOW);
    assertTrue(result.adopted());
    assertEquals(CouncilContribution.Status.ADOPTED, c.status());
  }

  @Test
  void theRuleIsTheOneInForceWhenTheVoteOpened() {
    var c = drafted();
    c.openVote(pen, council, TODAY);
    council.describe("CD", "Territoire", 3, AdoptionRule.majority(AdoptionScope.OVERALL, 50));
    assertThrows(CouncilException.class, () -> c.vote(pen, VoteChoice.FOR, TODAY, NOW));
    c.vote(pen, VoteChoice.CONSENT, TODAY, NOW);
    var result = c.closeVote(pen, council, TODAY, NOW);
    assertFalse(result.adopted(), "the citizens' college did not consent");
    assertEquals(CouncilContribution.Status.REJECTED, c.status());
    assertThrows(CouncilException.class, () -> c.publish(NOW));
  }

  @Test
  void anAdoptedContributionIsPublishedSentAndAnswered() {
    var referral = CouncilReferral.received("PCAET", "Votre avis ?", TODAY.plusDays(30), TODAY, NOW);
    var c = new CouncilContribution("Avis", referral, pen, TODAY, NOW);
    c.addSection(pen, "Avis", "Favorable avec réserves.", TODAY);
    c.openVote(pen, council, TODAY);
    c.vote(pen, VoteChoice.CONSENT, TODAY, NOW);
    c.vote(other, VoteChoice.STAND_ASIDE, TODAY, NOW);
    assertFalse(c.closeVote(pen, council, TODAY, NOW).adopted(), "standing aside is not consenting");

    var c2 = new CouncilContribution("Avis 2", referral, pen, TODAY, NOW);
    c2.addSection(pen, "Avis", "Favorable.", TODAY);
    c2.openVote(pen, council, TODAY);
    c2.vote(pen, VoteChoice.CONSENT, TODAY, NOW);
    c2.vote(other, VoteChoice.CONSENT, TODAY, NOW);
    c2.closeVote(pen, council, TODAY, NOW);
    assertThrows(CouncilException.class, () -> c2.markSent(referral, NOW));
    c2.publish(NOW);
    c2.markSent(referral, NOW);
    assertEquals(CouncilReferral.Status.ANSWERED, referral.status());
    c2.recordResponse("Réserves levées", "Ajout d'une piste cyclable", NOW);
    assertEquals(CouncilContribution.Status.ANSWERED, c2.status());
  }

  @Test
  void onlyTheBureauTakesUpASelfReferral() {
    var referral = CouncilReferral.proposedBy(other, "Tiers-lieux", "Et si ?", TODAY.plusDays(60), TODAY, NOW);
    assertThrows(CouncilException.class, () -> referral.decide(other, true));
    var president = member("prez", economy);
    president.assignRoles(Set.of(CouncilRole.PRESIDENT), TODAY);
    referral.decide(president, true);
    assertTrue(referral.open());
  }
}
