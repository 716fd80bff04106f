package org.parvis.core.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.parvis.core.tenant.domain.TenantRepository;

/**
 * Resolves host names to tenants for every request. Lookups are cached briefly: long enough to
 * keep the database out of the hot path, short enough that a suspension on another node of a
 * cluster takes effect within seconds. Changes made on this node invalidate the hosts they touch
 * at once, and only those: creating a tenant does not cost every other tenant its cache entry.
 *
 * <p>The cache is bounded; when full, expired entries are swept (at most once per TTL) and, while
 * it stays full, new lookups are simply not cached, so that a flood of unknown hosts never empties
 * the cache of the known ones.
 */
@ApplicationScoped
public class TenantDirectory {

  private static final Duration TTL = Duration.ofSeconds(5);
  private static final int MAX_ENTRIES = 100_000;

  @Inject TenantRepository tenants;

  private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
  private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());

  @Transactional
  public Optional<TenantSnapshot> byHost(String normalizedHost) {
    long now = System.nanoTime();
    Entry entry = cache.get(normalizedHost);
    if (entry != null && now - entry.loadedAt < TTL.toNanos()) {
      return entry.tenant;
    }
    Optional<TenantSnapshot> tenant = tenants.byHost(normalizedHost).map(TenantSnapshot::of);
    if (cache.size() >= MAX_ENTRIES) {
      sweep(now);
    }
    if (cache.size() < MAX_ENTRIES || entry != null) {
      cache.put(normalizedHost, new Entry(tenant, now));
    }
    return tenant;
  }

  /** Forgets what is cached for these hosts (normalized), e.g. a tenant's old and new hosts. */
  public void invalidate(Collection<String> normalizedHosts) {
    normalizedHosts.forEach(cache::remove);
  }

  private void sweep(long now) {
    long last = lastSweep.get();
    if (now - last >= TTL.toNanos() && lastSweep.compareAndSet(last, now)) {
      cache.values().removeIf(e -> now - e.loadedAt >= TTL.toNanos());
    }
  }

  private record Entry(Optional<TenantSnapshot> tenant, long loadedAt) {}
}
