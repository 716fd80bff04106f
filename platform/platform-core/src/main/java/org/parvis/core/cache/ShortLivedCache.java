package org.parvis.core.cache;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * A node-local cache whose entries live a few seconds: long enough to keep a lookup that every request makes out
 * of the database, short enough that a change made on another node of a cluster takes effect within that time.
 * Changes made on this node forget the keys they touch at once.
 *
 * <p>The cache is bounded; when full, expired entries are swept (at most once per lifetime) and, while it stays
 * full, new values are simply not kept, so that a flood of unknown keys never pushes out the known ones.
 */
public final class ShortLivedCache<K, V> {

  private final long lifetimeNanos;
  private final int maxEntries;
  private final LongSupplier clock;
  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final AtomicLong lastSweep;

  public ShortLivedCache(Duration lifetime, int maxEntries) {
    this(lifetime, maxEntries, System::nanoTime);
  }

  ShortLivedCache(Duration lifetime, int maxEntries, LongSupplier clock) {
    this.lifetimeNanos = lifetime.toNanos();
    this.maxEntries = maxEntries;
    this.clock = clock;
    this.lastSweep = new AtomicLong(clock.getAsLong());
  }

  /**
   * The value of {@code key}: the cached one while it is fresh, else {@code load}'s, which is kept only if
   * {@code keep} accepts it (e.g. to remember that someone is verified, never that they are not).
   */
  public V get(K key, Function<K, V> load, Predicate<V> keep) {
    long now = clock.getAsLong();
    Entry<V> entry = entries.get(key);
    if (entry != null && now - entry.loadedAt < lifetimeNanos) {
      return entry.value;
    }
    V value = load.apply(key);
    if (!keep.test(value)) {
      entries.remove(key);
      return value;
    }
    if (entries.size() >= maxEntries) {
      sweep(now);
    }
    if (entries.size() < maxEntries || entry != null) {
      entries.put(key, new Entry<>(value, now));
    }
    return value;
  }

  public V get(K key, Function<K, V> load) {
    return get(key, load, value -> true);
  }

  public void forget(K key) {
    entries.remove(key);
  }

  public void forget(Collection<K> keys) {
    keys.forEach(entries::remove);
  }

  /**
   * {@code key}'s value changes in the current transaction: forget it now and again when the transaction ends
   * (committed or not), so that no concurrent request that read the old value meanwhile keeps it.
   */
  public void forgetNowAndWhenDone(K key, TransactionSynchronizationRegistry transaction) {
    forget(key);
    transaction.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        forget(key);
      }
    });
  }

  int size() {
    return entries.size();
  }

  private void sweep(long now) {
    long last = lastSweep.get();
    if (now - last >= lifetimeNanos && lastSweep.compareAndSet(last, now)) {
      entries.values().removeIf(e -> now - e.loadedAt >= lifetimeNanos);
    }
  }

  private record Entry<V>(V value, long loadedAt) {}
}
