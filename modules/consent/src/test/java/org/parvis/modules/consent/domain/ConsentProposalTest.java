package org.parvis.modules.consent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsentProposalTest {

  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static final Instant LATER = NOW.plus(Duration.ofDays(3));

  static ConsentProposal proposal() {
    return new ConsentProposal("Jardin", "Arrosage", "Un soir chacun", "alice", LATER, NOW);
  }

  @Test
  void anObjectionBlocksAdoptionUntilAnAmendmentAddressesIt() {
    ConsentProposal p = proposal();
    p.answer("bob", AnswerKind.CONSENT, null, NOW);
    p.answer("chloe", AnswerKind.OBJECTION, "Absente en août", NOW);
    assertThrows(ConsentException.class, () -> p.adopt("alice", NOW));
    p.amend("alice", "Un soir chacun, échanges permis", "Les absents échangent", LATER, NOW);
    assertEquals(2, p.current().number());
    p.answer("chloe", AnswerKind.CONSENT, null, NOW);
    p.adopt("alice", NOW);
    assertEquals(ConsentProposal.Status.ADOPTED, p.status());
    assertEquals(AnswerKind.OBJECTION, p.rounds().get(0).answers().get(1).kind());
  }

  @Test
  void anObjectionNeedsAReasonAndAnAmendmentNeedsAnObjection() {
    ConsentProposal p = proposal();
    assertThrows(ConsentException.class, () -> p.answer("chloe", AnswerKind.OBJECTION, " ", NOW));
    assertThrows(ConsentException.class, () -> p.amend("alice", "t", "a", LATER, NOW));
  }

  @Test
  void onlyTheProposerAmendsOrAdoptsAndNobodyAnswersAfterTheDeadline() {
    ConsentProposal p = proposal();
    p.answer("chloe", AnswerKind.OBJECTION, "Non", NOW);
    assertThrows(ConsentException.class, () -> p.amend("bob", "t", "a", LATER, NOW));
    assertThrows(ConsentException.class, () -> p.answer("bob", AnswerKind.CONSENT, null, LATER));
  }

  @Test
  void standingAsideAloneDoesNotAdopt() {
    ConsentProposal p = proposal();
    p.answer("bob", AnswerKind.STAND_ASIDE, null, NOW);
    assertThrows(ConsentException.class, () -> p.adopt("alice", NOW));
  }
}
