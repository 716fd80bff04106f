package org.parvis.core.residency.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerificationAttemptsTest {

  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void tenFailuresWithinADayExhaustTheAttempts() {
    var attempts = new VerificationAttempts("s", T0);
    for (int i = 0; i < VerificationAttempts.MAX_FAILURES - 1; i++) {
      attempts.recordFailure(T0.plusSeconds(i));
    }
    assertFalse(attempts.exhausted(T0.plusSeconds(60)));
    attempts.recordFailure(T0.plusSeconds(60));
    assertTrue(attempts.exhausted(T0.plusSeconds(61)));
  }

  @Test
  void theCountStartsAgainAfterTheWindow() {
    var attempts = new VerificationAttempts("s", T0);
    for (int i = 0; i < VerificationAttempts.MAX_FAILURES; i++) {
      attempts.recordFailure(T0);
    }
    Instant nextDay = T0.plus(VerificationAttempts.WINDOW);
    assertFalse(attempts.exhausted(nextDay));
    attempts.recordFailure(nextDay);
    assertFalse(attempts.exhausted(nextDay));
  }
}
