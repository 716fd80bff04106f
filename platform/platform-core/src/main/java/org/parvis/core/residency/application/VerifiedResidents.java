package org.parvis.core.residency.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.parvis.core.cache.ShortLivedCache;
import org.parvis.core.residency.domain.VerifiedIdentity;
import org.parvis.spi.tenant.CurrentTenant;

/**
 * Who is a verified resident of the current tenant, as every vote, signature or registration asks. A verification
 * is remembered a few seconds per account ({@link ShortLivedCache}); that someone is not verified is never
 * remembered, so a resident who has just verified can act at once on any node. An account that leaves the tenant
 * stops being verified at once on this node and within seconds on the others; so does a resident who moved to
 * another district.
 */
@ApplicationScoped
public class VerifiedResidents {

  @Inject ResidencyVerification verification;
  @Inject CurrentTenant tenant;

  @Resource TransactionSynchronizationRegistry transactions;

  private final ShortLivedCache<Account, Optional<Resident>> cache =
      new ShortLivedCache<>(Duration.ofSeconds(5), 100_000);

  /** A verified resident: their verified identity's id and, if known, their district of residence. */
  public record Resident(UUID identityId, Optional<String> district) {}

  /** The account's verified identity in the current tenant, if it has one. */
  public Optional<Resident> of(String subject) {
    return cache.get(new Account(tenant.require().id(), subject),
        account -> verification.verifiedIdentityOf(subject)
            .map(v -> new Resident(v.id(), v.district())),
        Optional::isPresent);
  }

  /** The account's verification changes in the current transaction. */
  void changing(String subject) {
    cache.forgetNowAndWhenDone(new Account(tenant.require().id(), subject), transactions);
  }

  private record Account(UUID tenantId, String subject) {}
}
