package org.parvis.core.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parvis.core.multitenancy.TenantTransactions;
import org.parvis.core.residency.domain.ResidencyRepository;
import org.parvis.core.residency.domain.VerificationAttempts;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * At most {@value VerificationAttempts#MAX_FAILURES} failed census or code attempts per account
 * and tenant within a day; then 429. Failures are recorded in their own transaction, since the
 * failed attempt itself is rolled back.
 */
@ApplicationScoped
public class AttemptLimit {

  private static final Logger LOG = Logger.getLogger(AttemptLimit.class.getName());

  @Inject ResidencyRepository residency;
  @Inject TenantTransactions transactions;
  @Inject CurrentTenant tenant;

  public void check(String subject) {
    Instant now = Instant.now();
    residency.attemptsOf(subject).filter(a -> a.exhausted(now)).ifPresent(a -> {
      throw new ProblemException(
          429,
          "urn:parvis:problem:too-many-attempts",
          "Too Many Requests",
          "Too many failed verification attempts from this account; try again after "
              + a.windowEnd() + ", or ask the tenant's staff.",
          Map.of("retryAfter", a.windowEnd().toString()));
    });
  }

  /** Counts a failure; a count lost to a concurrent first failure is only logged. */
  public void recordFailure(String subject) {
    try {
      transactions.runAs(tenant.require(), () -> {
        Instant now = Instant.now();
        residency.attemptsOf(subject)
            .orElseGet(() -> {
              VerificationAttempts created = new VerificationAttempts(subject, now);
              residency.add(created);
              return created;
            })
            .recordFailure(now);
      });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A failed verification attempt was not counted", e);
    }
  }
}
