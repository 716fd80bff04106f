package org.parvis.core.ratelimit.application;

import java.time.Duration;
import java.util.Objects;
import org.parvis.core.PlatformConfig;

/**
 * At most {@code max} hits per key within a fixed {@code window} that starts with the key's first
 * hit; {@code name} tells limits apart in the counters (e.g. {@code "census-account"}).
 */
public record RateLimit(String name, int max, Duration window) {

  public RateLimit {
    Objects.requireNonNull(name);
    if (max < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("A limit allows at least one hit in a positive window");
    }
  }

  /**
   * A limit whose {@code max} an instance may change with {@code property} (a system property or
   * its environment variable, e.g. for a load benchmark whose thousands of voters all come from
   * loopback); {@code max} when unset or not a positive number.
   */
  public static RateLimit configurable(String name, String property, int max, Duration window) {
    int configured = PlatformConfig.value(property).map(v -> {
      try {
        return Integer.parseInt(v.trim());
      } catch (NumberFormatException e) {
        return max;
      }
    }).filter(v -> v > 0).orElse(max);
    return new RateLimit(name, configured, window);
  }

  /** Seconds until the window of a key opened at {@code windowStart} ends, at least one. */
  public long secondsLeft(java.time.Instant windowStart, java.time.Instant now) {
    return Math.max(1, Duration.between(now, windowStart.plus(window)).toSeconds());
  }
}
