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

  /** Grades given, indexed worst first like {@link Grade}. */
  private static long[] votes(Grade... grades) {
    long[] counts = new long[Grade.values().length];
    for (Grade g : grades) {
      counts[g.ordinal()]++;
    }
    return counts;
  }

  @Test
  void aJudgedProposalIsAdoptedWhenItsMajorityGradeReachesTheMinimum() {
    Proposal adopted = proposal();
    adopted.openJudgment(Grade.FAIR, 5);
    adopted.closeJudgment(votes(Grade.EXCELLENT, Grade.GOOD, Grade.GOOD, Grade.POOR));
    // Sorted with the silent fifth member as REJECT: REJECT, POOR, GOOD, GOOD, EXCELLENT.
    assertEquals(Grade.GOOD, adopted.majorityGrade().orElseThrow());
    assertEquals(ProposalStatus.ADOPTED, adopted.status());
    assertEquals(java.util.List.of(1L, 1L, 0L, 2L, 0L, 1L), adopted.meritProfile().orElseThrow());

    Proposal demanding = proposal();
    demanding.openJudgment(Grade.VERY_GOOD, 5);
    demanding.closeJudgment(votes(Grade.EXCELLENT, Grade.GOOD, Grade.GOOD, Grade.POOR));
    assertEquals(ProposalStatus.REJECTED, demanding.status());
  }

  @Test
  void membersWhoDoNotJudgeCountAsRejectAndTheLowerMedianDecidesTies() {
    Proposal fewVoters = proposal();
    fewVoters.openJudgment(Grade.FAIR, 7);
    fewVoters.closeJudgment(votes(Grade.EXCELLENT, Grade.GOOD, Grade.GOOD, Grade.POOR));
    assertEquals(Grade.POOR, fewVoters.majorityGrade().orElseThrow());
    assertEquals(ProposalStatus.REJECTED, fewVoters.status());

    Proposal split = proposal();
    split.openJudgment(Grade.GOOD, 4);
    split.closeJudgment(votes(Grade.GOOD, Grade.GOOD, Grade.FAIR, Grade.FAIR));
    assertEquals(Grade.FAIR, split.majorityGrade().orElseThrow());
    assertEquals(ProposalStatus.REJECTED, split.status());
  }

  @Test
  void aProposalIsClosedByTheMethodItWasOpenedWith() {
    Proposal judged = proposal();
    judged.openJudgment(Grade.FAIR, 3);
    assertThrows(ConventionStateException.class, () -> judged.closeVote(3));
    Proposal approved = proposal();
    approved.openVote(50, 3);
    assertThrows(ConventionStateException.class, () -> approved.closeJudgment(votes(Grade.GOOD)));
    assertEquals(VotingMethod.APPROVAL, approved.method());
    assertEquals(VotingMethod.MAJORITY_JUDGMENT, judged.method());
  }
}
