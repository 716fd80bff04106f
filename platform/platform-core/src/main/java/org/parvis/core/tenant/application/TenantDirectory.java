package org.parvis.core.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import org.parvis.core.cache.ShortLivedCache;
import org.parvis.core.tenant.domain.TenantRepository;

/**
 * Resolves host names to tenants for every request. Lookups are cached for a few seconds ({@link ShortLivedCache}):
 * long enough to keep the database out of the hot path, short enough that a suspension on another node of a cluster
 * takes effect within seconds. Changes made on this node invalidate the hosts they touch at once, and only those:
 * creating a tenant does not cost every other tenant its cache entry.
 */
@ApplicationScoped
public class TenantDirectory {

  @Inject HostLookup lookup;

  private final ShortLivedCache<String, Optional<TenantSnapshot>> cache =
      new ShortLivedCache<>(Duration.ofSeconds(5), 100_000);

  /** The tenant of a host; a transaction is opened only when the cache has to ask the database. */
  public Optional<TenantSnapshot> byHost(String normalizedHost) {
    return cache.get(normalizedHost, lookup::byHost);
  }

  /** Forgets what is cached for these hosts (normalized), e.g. a tenant's old and new hosts. */
  public void invalidate(Collection<String> normalizedHosts) {
    cache.forget(normalizedHosts);
  }

  /** The database lookup behind the cache. */
  @ApplicationScoped
  public static class HostLookup {

    @Inject TenantRepository tenants;

    @Transactional
    public Optional<TenantSnapshot> byHost(String normalizedHost) {
      return tenants.byHost(normalizedHost).map(TenantSnapshot::of);
    }
  }
}
