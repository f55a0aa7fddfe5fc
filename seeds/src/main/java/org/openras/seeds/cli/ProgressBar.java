package org.openras.seeds.cli;

import java.io.PrintStream;

/** A one-line progress bar on stderr, redrawn at most ten times a second. */
final class ProgressBar {
  private final PrintStream err;
  private final String what;
  private final long started = System.nanoTime();
  private long lastDrawn;

  ProgressBar(PrintStream err, String what) {
    this.err = err;
    this.what = what;
  }

  /** Draws {@code done} of {@code total} (total 0 when unknown), with the rate and an ETA. */
  void update(long done, long part, long whole) {
    long now = System.nanoTime();
    if (now - lastDrawn < 100_000_000L && part < whole) {
      return;
    }
    lastDrawn = now;
    double seconds = Math.max(1e-3, (now - started) / 1e9);
    double share = whole <= 0 ? 0 : Math.min(1, (double) part / whole);
    int filled = (int) (share * 30);
    String eta = share > 0 ? String.format("ETA %.0fs", seconds * (1 - share) / share) : "";
    err.printf(
        "\r%s [%s%s] %3.0f%% %,d (%,.0f/s) %s   ",
        what, "#".repeat(filled), " ".repeat(30 - filled), share * 100, done, done / seconds, eta);
  }

  void finish(long done) {
    double seconds = (System.nanoTime() - started) / 1e9;
    err.printf("\r%s done: %,d in %.1f s%s%n", what, done, seconds, " ".repeat(40));
  }
}
