package org.parvis.testsupport.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies of one batch of requests, in nanoseconds; thread-safe while recording. */
final class Latencies {

  private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

  void record(long elapsedNanos) {
    nanos.add(elapsedNanos);
  }

  int count() {
    return nanos.size();
  }

  /** The {@code p}-th percentile (nearest rank) in milliseconds, or NaN without samples. */
  double percentileMillis(double p) {
    List<Long> sorted;
    synchronized (nanos) {
      sorted = new ArrayList<>(nanos);
    }
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1_000_000.0;
  }

  /** p50 / p95 / p99 in milliseconds, e.g. {@code 4.1 / 7.9 / 12.0}. */
  String summary() {
    if (count() == 0) {
      return "–";
    }
    return "%.1f / %.1f / %.1f".formatted(
        percentileMillis(50), percentileMillis(95), percentileMillis(99));
  }
}
