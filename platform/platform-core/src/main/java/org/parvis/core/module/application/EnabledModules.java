package org.parvis.core.module.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.parvis.core.cache.ShortLivedCache;
import org.parvis.core.module.domain.ModuleActivations;

/**
 * Which modules a tenant has enabled, as every request to a module's address asks. Kept a few seconds per tenant
 * ({@link ShortLivedCache}) like the tenant of a host: enabling or disabling a module on this node takes effect at
 * once (when its transaction ends), on the other nodes of a cluster within seconds.
 */
@ApplicationScoped
public class EnabledModules {

  @Inject ModuleActivations activations;

  @Resource TransactionSynchronizationRegistry transactions;

  private final ShortLivedCache<UUID, Set<String>> cache =
      new ShortLivedCache<>(Duration.ofSeconds(5), 100_000);

  public boolean isEnabled(UUID tenantId, String moduleId) {
    return cache.get(tenantId, activations::enabledBy).contains(moduleId);
  }

  /** The tenant's modules change in the current transaction. */
  void changing(UUID tenantId) {
    cache.forgetNowAndWhenDone(tenantId, transactions);
  }
}
