package org.parvis.core.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parvis.core.tenant.domain.TenantRepository;

/**
 * Resolves host names to tenants for every request. Lookups are cached briefly: long enough to
 * keep the database out of the hot path, short enough that a suspension on another node of a
 * cluster takes effect within seconds. Changes made on this node invalidate at once.
 */
@ApplicationScoped
public class TenantDirectory {

  private static final Duration TTL = Duration.ofSeconds(5);
  private static final int MAX_ENTRIES = 100_000;

  @Inject TenantRepository tenants;

  private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

  @Transactional
  public Optional<TenantSnapshot> byHost(String normalizedHost) {
    long now = System.nanoTime();
    Entry entry = cache.get(normalizedHost);
    if (entry != null && now - entry.loadedAt < TTL.toNanos()) {
      return entry.tenant;
    }
    Optional<TenantSnapshot> tenant = tenants.byHost(normalizedHost).map(TenantSnapshot::of);
    if (cache.size() >= MAX_ENTRIES) {
      cache.clear();
    }
    cache.put(normalizedHost, new Entry(tenant, now));
    return tenant;
  }

  public void invalidate() {
    cache.clear();
  }

  private record Entry(Optional<TenantSnapshot> tenant, long loadedAt) {}
}
