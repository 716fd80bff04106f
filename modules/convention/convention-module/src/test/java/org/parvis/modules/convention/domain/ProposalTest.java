package org.parvis.modules.convention.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProposalTest {

  private static Proposal proposal() {
    return new Proposal(UUID.randomUUID(), "Pistes cyclables", "Relier les écoles.", UUID.randomUUID());
  }

  @Test
  void approvalsMustReachTheThresholdShareOfTheSeatedMembers() {
    assertTrue(Proposal.adopted(14, 20, 70));
    assertFalse(Proposal.adopted(13, 20, 70));
    assertTrue(Proposal.adopted(2, 3, 60));     // 66.7 % >= 60 %
    assertFalse(Proposal.adopted(1, 3, 50));
    assertFalse(Proposal.adopted(0, 0, 50));
  }

  @Test
  void theThresholdAndTheSeatsAreFixedWhenTheVoteOpens() {
    Proposal p = proposal();
    p.openVote(50, 4);
    p.closeVote(2);
    assertEquals(ProposalStatus.ADOPTED, p.status());
    assertEquals(4, p.seatedAtVote().orElseThrow());

    Proposal q = proposal();
    q.openVote(75, 4);
    q.closeVote(2);
    assertEquals(ProposalStatus.REJECTED, q.status());
  }

  @Test
  void votesAndResponsesComeInOrder() {
    Proposal p = proposal();
    assertThrows(ConventionStateException.class, p::requireVoting);
    assertThrows(ConventionStateException.class, () -> p.closeVote(1));
    assertThrows(ConventionStateException.class, () -> p.respond("Oui", null));
    assertThrows(IllegalArgumentException.class, () -> p.openVote(0, 4));
    p.openVote(50, 4);
    assertThrows(ConventionStateException.class, () -> p.openVote(50, 4));
    assertThrows(ConventionStateException.class, () -> p.respond("Oui", null));
    p.closeVote(3);
    p.respond("Adoptée au budget 2028.", "Travaux au printemps.");
    assertEquals("Travaux au printemps.", p.followUp().orElseThrow());
  }
}
