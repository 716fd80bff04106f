package org.parvis.modules.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CalendarTest {

  private static final Instant T = Instant.parse("2027-03-01T00:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);

  private static Calendar calendar() {
    return new Calendar(T, T.plus(DAY), T.plus(DAY.multipliedBy(2)), T.plus(DAY.multipliedBy(3)),
        T.plus(DAY.multipliedBy(4)));
  }

  @Test
  void thePhaseFollowsTheDatesEachPhaseClosingWhenTheNextOpens() {
    var calendar = calendar();
    assertEquals(Phase.UPCOMING, calendar.phaseAt(T.minusSeconds(1)));
    assertEquals(Phase.IDEA_SUBMISSION, calendar.phaseAt(T));
    assertEquals(Phase.FEASIBILITY_REVIEW, calendar.phaseAt(T.plus(DAY)));
    assertEquals(Phase.VOTE, calendar.phaseAt(T.plus(DAY.multipliedBy(3)).minusSeconds(1)));
    assertEquals(Phase.RESULTS, calendar.phaseAt(T.plus(DAY.multipliedBy(3))));
    assertEquals(Phase.IMPLEMENTATION, calendar.phaseAt(T.plus(DAY.multipliedBy(4))));
  }

  @Test
  void closingTheVoteEndsItNowAndOpensTheResults() {
    Instant now = T.plus(DAY.multipliedBy(2)).plusSeconds(60);
    var closed = calendar().closingVoteAt(now);
    assertEquals(Phase.VOTE, closed.phaseAt(now.minusSeconds(1)));
    assertEquals(Phase.RESULTS, closed.phaseAt(now));
  }

  @Test
  void phasesOutOfOrderAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new Calendar(T, T.minusSeconds(1), T, T, T));
  }
}
