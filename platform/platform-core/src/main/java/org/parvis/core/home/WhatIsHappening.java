package org.parvis.core.home;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.parvis.spi.home.Happening;
import org.parvis.spi.home.Happening.Kind;

/**
 * What the modules said is happening, grouped as the home page shows it: open now (closing first), the latest
 * results (newest first), what is coming (soonest first) and what waits for the visitor (deadline first, then the
 * rest). Items already over (closed, started) are left out; each group is cut to a few items.
 */
public record WhatIsHappening(List<Happening> openNow, List<Happening> results, List<Happening> upcoming,
    List<Happening> waitingForYou) {

  static final int OPEN_NOW = 8;
  static final int RESULTS = 5;
  static final int UPCOMING = 6;
  static final int WAITING = 8;

  public static WhatIsHappening of(List<Happening> all, Instant now) {
    Comparator<Happening> soonest = Comparator.comparing(Happening::at, Comparator.nullsLast(Comparator.naturalOrder()));
    return new WhatIsHappening(
        pick(all, Kind.OPEN_NOW, h -> h.at().isAfter(now), soonest, OPEN_NOW),
        pick(all, Kind.RESULT, h -> !h.at().isAfter(now), soonest.reversed(), RESULTS),
        pick(all, Kind.UPCOMING, h -> h.at().isAfter(now), soonest, UPCOMING),
        pick(all, Kind.WAITING_FOR_YOU, h -> h.at() == null || h.at().isAfter(now), soonest, WAITING));
  }

  public boolean isEmpty() {
    return openNow.isEmpty() && results.isEmpty() && upcoming.isEmpty() && waitingForYou.isEmpty();
  }

  private static List<Happening> pick(List<Happening> all, Kind kind, Predicate<Happening> current,
      Comparator<Happening> order, int limit) {
    return all.stream().filter(h -> h.kind() == kind).filter(current).sorted(order
        .thenComparing(Happening::title)).limit(limit).toList();
  }
}
