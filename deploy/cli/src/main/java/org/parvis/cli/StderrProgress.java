package org.parvis.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.parvis.sortition.Progress;
import org.parvis.sortition.ProgressListener;

/** Prints progress to stderr at most twice a second. */
final class StderrProgress implements ProgressListener {
  private final PrintWriter err;
  private long last;

  StderrProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void onProgress(Progress p) {
    long now = System.nanoTime();
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
      err.printf(Locale.ROOT, "%s: %d/%d types or people settled, %d panels, level in [%.6f, %.6f]%n",
          p.phase(), p.done(), p.total(), p.panels(), p.lowerBound(), p.upperBound());
    }
    err.flush();
  }
}
