package org.openras.service.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * When the warm-up calls the calculation path steady: two one-second windows running in which the
 * CPU per calculation fell less than 5 % below the best window before and the JIT compiled for less
 * than 5 % of the window.
 */
class WarmUpSteadyTest {
  private static final long SECOND = 1_000_000_000L;

  /** Feeds windows of a second: {calculations, CPU µs per calculation, JIT ms in the window}. */
  private static boolean[] windows(long[]... w) {
    WarmUp.Steady steady = new WarmUp.Steady(0, 0);
    long calculations = 0;
    long cpu = 0;
    long compiled = 0;
    boolean[] said = new boolean[w.length];
    for (int i = 0; i < w.length; i++) {
      calculations += w[i][0];
      cpu += w[i][0] * w[i][1] * 1000;
      compiled += w[i][2];
      said[i] = steady.after(calculations, cpu, compiled, (i + 1) * SECOND);
    }
    return said;
  }

  @Test
  void steadyAfterTwoQuietWindowsThatAreNoFaster() {
    assertThat(
            windows(
                new long[] {500, 2000, 900},
                new long[] {2000, 500, 600},
                new long[] {4000, 250, 30},
                new long[] {4000, 248, 20},
                new long[] {4000, 251, 10}))
        .containsExactly(false, false, false, false, true);
  }

  @Test
  void notSteadyWhileTheCalculationsStillGetFaster() {
    assertThat(
            windows(
                new long[] {4000, 400, 0},
                new long[] {4000, 300, 0},
                new long[] {4000, 200, 0},
                new long[] {4000, 150, 0}))
        .containsOnly(false);
  }

  @Test
  void notSteadyWhileTheCompilerIsBusyEvenIfTheCalculationsAreNoFaster() {
    assertThat(
            windows(
                new long[] {4000, 250, 0},
                new long[] {4000, 250, 400},
                new long[] {4000, 250, 400},
                new long[] {4000, 250, 60}))
        .containsOnly(false);
  }

  @Test
  void tooFewCalculationsInAWindowAreNotJudged() {
    assertThat(
            windows(
                new long[] {4000, 250, 0},
                new long[] {10, 250, 0},
                new long[] {10, 250, 0},
                new long[] {10, 250, 0}))
        .containsOnly(false);
  }
}
