package org.parvis.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.parvis.sortition.Progress;
import org.parvis.sortition.ProgressListener;

/** Prints progress to stderr at most twice a second. */
final class StderrProgress implements ProgressListener {
  private final PrintWriter err;
  private long last;
  private long start;
  private int firstDone = -1;

  StderrProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void onProgress(Progress p) {
    long now = System.nanoTime();
    if (firstDone < 0) {
      start = now;
      firstDone = p.done();
    }
    if (now - last < 500_000_000L) {
      return;
    }
    last = now;
    if (p.phase().equals("legacy")) {
      err.printf(Locale.ROOT, "legacy: %d/%d Monte-Carlo runs%n", p.done(), p.total());
    } else if (Double.isNaN(p.lowerBound())) {
      err.printf(Locale.ROOT, "%s: %d/%d types or people settled, %d panels%n",
          p.phase(), p.done(), p.total(), p.panels());
    } else {
      err.printf(Locale.ROOT, "%s: %d/%d types or people settled, %d panels, level in [%.6f, %.6f]%s%n",
          p.phase(), p.done(), p.total(), p.panels(), p.lowerBound(), p.upperBound(),
          estimate(p, now));
    }
    err.flush();
  }

  /**
   * A rough estimate of the time left: the units still open at the pace units were settled so
   * far (stages settle units in batches, so it moves in steps).
   */
  private String estimate(Progress p, long now) {
    int settled = p.done() - firstDone;
    if (settled <= 0 || p.done() >= p.total()) {
      return "";
    }
    double seconds = (now - start) / 1e9 * (p.total() - p.done()) / settled;
    return String.format(Locale.ROOT, ", about %.0f s left", seconds);
  }
}
