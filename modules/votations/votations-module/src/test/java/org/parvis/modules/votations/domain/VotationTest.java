package org.parvis.modules.votations.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VotationTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private static final List<String> GRADES = List.of("Bien", "Passable", "Insuffisant");

  private static Votation upcoming() {
    return new Votation("Quel parc ?", "", CountingMethod.MAJORITY_JUDGMENT, List.of("Nord", "Sud", "Est"), GRADES,
        NOW.plusSeconds(3600), NOW.plusSeconds(7200));
  }

  @Test
  void anUpcomingVotationIsRevisedKeepingItsOptionIdsByPosition() {
    Votation votation = upcoming();
    UUID first = votation.options().get(0).id();
    votation.revise("Quel jardin ?", "Au centre.", CountingMethod.APPROVAL, List.of("Nord-Ouest", "Sud"), List.of(),
        NOW.plusSeconds(60), NOW.plusSeconds(120), NOW);
    assertEquals("Quel jardin ?", votation.question());
    assertEquals(CountingMethod.APPROVAL, votation.method());
    assertEquals(List.of("Nord-Ouest", "Sud"), votation.options().stream().map(VotationOption::label).toList());
    assertEquals(first, votation.options().get(0).id());
    assertTrue(votation.gradeLabels().isEmpty());
    votation.revise("Quel jardin ?", "", CountingMethod.MAJORITY_JUDGMENT, List.of("A", "B", "C", "D"), GRADES,
        NOW.plusSeconds(60), NOW.plusSeconds(120), NOW);
    assertEquals(List.of(0, 1, 2, 3), votation.options().stream().map(VotationOption::position).toList());
    assertEquals(GRADES, votation.gradeLabels());
  }

  @Test
  void aRevisionFollowsTheRulesOfANewVotation() {
    Votation votation = upcoming();
    assertThrows(IllegalArgumentException.class, () -> votation.revise("Q", "", CountingMethod.APPROVAL,
        List.of("Seule"), List.of(), NOW.plusSeconds(60), NOW.plusSeconds(120), NOW));
    assertThrows(IllegalArgumentException.class, () -> votation.revise("Q", "", CountingMethod.APPROVAL,
        List.of("A", "B"), List.of(), NOW.plusSeconds(120), NOW.plusSeconds(60), NOW));
    assertEquals("Quel parc ?", votation.question(), "a refused revision changes nothing");
    assertFalse(Votation.hasTwoDistinctOptions(List.of("A", "A")));
    assertFalse(Votation.closesAfterOpening(NOW, NOW));
  }

  @Test
  void openingNowAcceptsBallotsAndEndsRevisions() {
    Votation votation = upcoming();
    votation.openAt(NOW);
    assertTrue(votation.isOpen(NOW));
    assertThrows(IllegalStateException.class, () -> votation.openAt(NOW.plusSeconds(1)));
    assertThrows(IllegalStateException.class, () -> votation.revise("Q", "", CountingMethod.APPROVAL,
        List.of("A", "B"), List.of(), NOW.plusSeconds(60), NOW.plusSeconds(120), NOW.plusSeconds(1)));
    votation.closeAt(NOW.plusSeconds(5));
    assertTrue(votation.isClosed(NOW.plusSeconds(5)));
  }
}
