package org.parvis.core.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.parvis.core.ratelimit.ClientAddress;
import org.parvis.core.ratelimit.application.RateLimit;
import org.parvis.core.ratelimit.application.RateLimiter;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * Census and code checks, counted before they are made so that concurrent ones cannot pass the
 * limit: at most {@value #PER_ACCOUNT_A_DAY} a day per account and tenant, and {@value
 * #PER_ADDRESS_A_DAY} per client address and tenant (many accounts from one place); then 429
 * with {@code Retry-After}. The census must not become an oracle for guessing who lives there.
 */
@ApplicationScoped
public class AttemptLimit {

  public static final int PER_ACCOUNT_A_DAY = 10;
  /** The default; {@code parvis.limits.residency-per-address} changes it. */
  public static final int PER_ADDRESS_A_DAY = 50;
  static final RateLimit PER_ACCOUNT =
      new RateLimit("residency-account", PER_ACCOUNT_A_DAY, Duration.ofDays(1));
  static final RateLimit PER_ADDRESS = RateLimit.configurable("residency-address",
      "parvis.limits.residency-per-address", PER_ADDRESS_A_DAY, Duration.ofDays(1));

  @Inject RateLimiter limiter;
  @Inject ClientAddress address;
  @Inject CurrentTenant tenant;

  /** Counts one census or code check of {@code subject}; throws 429 over either limit. */
  public void consume(String subject) {
    String tenantId = tenant.require().id().toString();
    limiter.consume(PER_ACCOUNT, tenantId + " " + subject,
        "Too many verification attempts from this account; try again later, or ask the tenant's staff.");
    limiter.consume(PER_ADDRESS, tenantId + " " + address.value(),
        "Too many verification attempts from this network address; try again later.");
  }
}
