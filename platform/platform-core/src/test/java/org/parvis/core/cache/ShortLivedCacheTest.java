package org.parvis.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ShortLivedCacheTest {

  private long now = 0;
  private final Map<String, Integer> loads = new HashMap<>();
  private final ShortLivedCache<String, Optional<String>> cache =
      new ShortLivedCache<>(Duration.ofSeconds(5), 3, () -> now);

  private final Function<String, Optional<String>> load = key -> {
    loads.merge(key, 1, Integer::sum);
    return key.startsWith("unknown") ? Optional.empty() : Optional.of(key.toUpperCase());
  };

  @Test
  void aFreshValueIsServedFromMemoryAndAnExpiredOneIsLoadedAgain() {
    assertEquals(Optional.of("A"), cache.get("a", load));
    now += Duration.ofSeconds(4).toNanos();
    assertEquals(Optional.of("A"), cache.get("a", load));
    assertEquals(1, loads.get("a"));

    now += Duration.ofSeconds(2).toNanos();
    cache.get("a", load);
    assertEquals(2, loads.get("a"));
  }

  @Test
  void aForgottenKeyIsLoadedAgainAndTheOthersStay() {
    cache.get("a", load);
    cache.get("b", load);
    cache.forget("a");
    cache.get("a", load);
    cache.get("b", load);
    assertEquals(2, loads.get("a"));
    assertEquals(1, loads.get("b"));
  }

  @Test
  void aValueThatIsNotToBeKeptIsLoadedEveryTime() {
    cache.get("unknown", load, Optional::isPresent);
    cache.get("unknown", load, Optional::isPresent);
    assertEquals(2, loads.get("unknown"));
  }

  @Test
  void aFullCacheKeepsItsKnownKeysWhileUnknownOnesFlood() {
    cache.get("a", load);
    cache.get("b", load);
    cache.get("c", load);
    for (int i = 0; i < 100; i++) {
      cache.get("unknown-" + i, load);
    }
    assertEquals(3, cache.size());
    cache.get("a", load);
    assertEquals(1, loads.get("a"));
  }

  @Test
  void expiredEntriesAreSweptWhenTheCacheIsFull() {
    cache.get("a", load);
    cache.get("b", load);
    cache.get("c", load);
    now += Duration.ofSeconds(6).toNanos();
    cache.get("d", load);
    assertEquals(1, cache.size());
  }
}
