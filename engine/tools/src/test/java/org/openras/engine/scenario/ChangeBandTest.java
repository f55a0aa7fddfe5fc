package org.openras.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The five bands, on both sides of each threshold (pence). */
class ChangeBandTest {
  @Test
  void exactlyFivePercentIsUpToFiveAndAPennyMoreIsOver() {
    assertThat(ChangeBand.of(10_000, 10_500)).isEqualTo(ChangeBand.GAIN_UP_TO_5);
    assertThat(ChangeBand.of(10_000, 10_501)).isEqualTo(ChangeBand.GAIN_OVER_5);
    assertThat(ChangeBand.of(10_000, 9_500)).isEqualTo(ChangeBand.LOSE_UP_TO_5);
    assertThat(ChangeBand.of(10_000, 9_499)).isEqualTo(ChangeBand.LOSE_OVER_5);
    assertThat(ChangeBand.of(10_000, 10_000)).isEqualTo(ChangeBand.NO_CHANGE);
  }

  @Test
  void anyGainFromNothingIsOverFivePercent() {
    assertThat(ChangeBand.of(0, 1)).isEqualTo(ChangeBand.GAIN_OVER_5);
    assertThat(ChangeBand.of(0, 0)).isEqualTo(ChangeBand.NO_CHANGE);
  }

  @Test
  void percentagesRoundHalfAwayFromZero() {
    assertThat(Pence.basisPoints(1, 3)).isEqualTo(3333);
    assertThat(Pence.basisPoints(-1, 3)).isEqualTo(-3333);
    assertThat(Pence.basisPoints(1, 8)).isEqualTo(1250);
  }
}
