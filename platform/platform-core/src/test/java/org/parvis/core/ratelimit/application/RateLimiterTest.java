package org.parvis.core.ratelimit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parvis.spi.problem.ProblemException;

class RateLimiterTest {

  private static final RateLimit THREE_AN_HOUR = new RateLimit("test", 3, Duration.ofHours(1));

  @Test
  void hitsUpToTheLimitPassAndTheNextIsA429WithTheSecondsLeft() {
    RateLimiter limiter = new RateLimiter();
    Instant opened = Instant.now().minus(Duration.ofMinutes(15));
    int[] hits = {0};
    limiter.counters = (limit, key, now, window) -> new RateCounters.Count(++hits[0], opened);

    for (int i = 0; i < 3; i++) {
      limiter.consume(THREE_AN_HOUR, "someone", "Too many");
    }
    ProblemException refused = assertThrows(ProblemException.class,
        () -> limiter.consume(THREE_AN_HOUR, "someone", "Too many"));

    assertEquals(429, refused.status());
    assertEquals(RateLimiter.TOO_MANY, refused.type());
    long retryAfter = ((Number) refused.extensions().get(ProblemException.RETRY_AFTER)).longValue();
    assertTrue(retryAfter > 44 * 60 && retryAfter <= 45 * 60, "about 45 minutes left: " + retryAfter);
  }

  @Test
  void aWindowThatJustEndedStillAsksToWaitOneSecond() {
    Instant now = Instant.now();
    assertEquals(1, THREE_AN_HOUR.secondsLeft(now.minus(Duration.ofHours(2)), now));
  }

  @Test
  void aLimitAllowsAtLeastOneHitInAPositiveWindow() {
    assertThrows(IllegalArgumentException.class, () -> new RateLimit("x", 0, Duration.ofHours(1)));
    assertThrows(IllegalArgumentException.class, () -> new RateLimit("x", 1, Duration.ZERO));
  }
}
