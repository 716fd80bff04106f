package org.parvis.modules.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class FollowUpTest {

  private final FollowUp followUp = new FollowUp(UUID.randomUUID(), UUID.randomUUID());

  @Test
  void aFundedProjectStartsPlannedWithNothingDone() {
    assertEquals(WorksStatus.PLANNED, followUp.status());
    assertEquals(0, followUp.progress());
  }

  @Test
  void progressIsAPercentage() {
    assertThrows(IllegalArgumentException.class,
        () -> followUp.update(WorksStatus.IN_WORKS, 101, null));
    assertThrows(IllegalArgumentException.class,
        () -> followUp.update(WorksStatus.IN_WORKS, -1, null));
    followUp.update(WorksStatus.IN_WORKS, 100, null);
    assertEquals(100, followUp.progress());
  }

  @Test
  void aProjectDoneIsEntirelyDone() {
    assertThrows(IllegalArgumentException.class,
        () -> followUp.update(WorksStatus.DONE, 99, null));
  }

  @Test
  void abandoningNeedsAReasonThatOnlyAnAbandonedProjectKeeps() {
    assertThrows(IllegalArgumentException.class,
        () -> followUp.update(WorksStatus.ABANDONED, 30, " "));
    followUp.update(WorksStatus.ABANDONED, 30, "Sol pollué");
    assertEquals("Sol pollué", followUp.abandonReason());
    followUp.update(WorksStatus.IN_STUDY, 30, "Sol pollué");
    assertNull(followUp.abandonReason());
  }
}
