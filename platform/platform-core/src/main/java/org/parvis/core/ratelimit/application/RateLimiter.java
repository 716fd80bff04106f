package org.parvis.core.ratelimit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.parvis.spi.problem.ProblemException;

/**
 * Counts a hit before the work it limits is done, atomically in the database, so that concurrent
 * requests cannot all pass a limit they would each have been refused one by one: over the limit,
 * a 429 problem with {@code Retry-After}.
 */
@ApplicationScoped
public class RateLimiter {

  public static final String TOO_MANY = "urn:parvis:problem:too-many-attempts";

  @Inject RateCounters counters;

  /**
   * Counts one hit of {@code key} against {@code limit}.
   *
   * @throws ProblemException 429 once the key has used up the limit's window
   */
  public void consume(RateLimit limit, String key, String refusal) {
    Instant now = Instant.now();
    RateCounters.Count count = counters.hit(limit.name(), key, now, limit.window());
    if (count.hits() > limit.max()) {
      throw ProblemException.tooManyRequests(TOO_MANY, refusal,
          limit.secondsLeft(count.windowStart(), now));
    }
  }
}
