package org.parvis.core.ratelimit.application;

import java.time.Duration;
import java.time.Instant;

/** Hit counters shared by every node, counted atomically. */
public interface RateCounters {

  /**
   * Counts one hit for {@code key} in its own transaction (it stays counted whatever happens to
   * the caller's) and returns the count of the current window, this hit included; a window older
   * than {@code window} starts again at {@code now}.
   */
  Count hit(String limit, String key, Instant now, Duration window);

  /** A key's hits in its current window. */
  record Count(int hits, Instant windowStart) {}
}
