package org.parvis.modules.votations.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BallotContentTest {

  static final Instant OPENS = Instant.parse("2026-11-23T10:00:00Z");
  static final List<String> GRADES = List.of("Excellent", "Bien", "Passable", "À rejeter");

  static Votation votation(CountingMethod method) {
    return new Votation("Quel équipement ?", "", method, List.of("Parc", "Piscine", "Médiathèque"),
        GRADES, OPENS, OPENS.plusSeconds(3600));
  }

  @Test
  void gradesAreStoredInOptionOrderWhateverTheOrderOfEntry() {
    Votation votation = votation(CountingMethod.MAJORITY_JUDGMENT);
    Map<Integer, Integer> entered = new LinkedHashMap<>();
    entered.put(2, 1);
    entered.put(0, 3);
    assertEquals("3,0,1", BallotContent.grades(votation, entered).encoded(),
        "ungraded Piscine gets the worst grade, 0");
  }

  @Test
  void approvalsAreSortedSoTheClickOrderIsNotKept() {
    Votation votation = votation(CountingMethod.APPROVAL);
    assertEquals("0,2", BallotContent.approvals(votation, new LinkedHashSet<>(List.of(2, 0))).encoded());
    assertEquals("", BallotContent.approvals(votation, Set.of()).encoded());
  }

  @Test
  void aBallotMustFitTheVotation() {
    assertThrows(IllegalArgumentException.class,
        () -> BallotContent.single(votation(CountingMethod.SINGLE_CHOICE), 3));
    assertThrows(IllegalArgumentException.class,
        () -> BallotContent.grades(votation(CountingMethod.MAJORITY_JUDGMENT), Map.of(0, 4)));
    assertThrows(IllegalArgumentException.class,
        () -> BallotContent.single(votation(CountingMethod.APPROVAL), 0));
  }

  @Test
  void approvalAndSingleChoiceRankByVotesWithSharedRanksForTies() {
    Votation votation = votation(CountingMethod.APPROVAL);
    List<BallotContent> ballots = List.of(
        BallotContent.approvals(votation, Set.of(0, 1)),
        BallotContent.approvals(votation, Set.of(1)),
        BallotContent.approvals(votation, Set.of(0, 1)),
        BallotContent.approvals(votation, Set.of()));
    assertEquals(List.of(new VoteCount.Counted(1, 3, 1), new VoteCount.Counted(0, 2, 2),
        new VoteCount.Counted(2, 0, 3)), VoteCount.rank(3, ballots));

    Votation single = votation(CountingMethod.SINGLE_CHOICE);
    List<BallotContent> choices = List.of(BallotContent.single(single, 2), BallotContent.single(single, 0));
    assertEquals(List.of(new VoteCount.Counted(0, 1, 1), new VoteCount.Counted(2, 1, 1),
        new VoteCount.Counted(1, 0, 3)), VoteCount.rank(3, choices));
  }

  @Test
  void aVotationNeedsDistinctOptionsAndACalendar() {
    assertThrows(IllegalArgumentException.class, () -> new Votation("Q", "", CountingMethod.APPROVAL,
        List.of("Parc", "Parc"), GRADES, OPENS, OPENS.plusSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> new Votation("Q", "", CountingMethod.APPROVAL,
        List.of("Parc", "Piscine"), GRADES, OPENS, OPENS));
  }
}
