package org.openras.engine.envelope;

import java.math.BigDecimal;

/** Pence and ten-thousandths as report text. */
final class EnvelopeText {
  private EnvelopeText() {}

  static String text(long pence) {
    return BigDecimal.valueOf(pence, 2).toPlainString();
  }

  static String pounds(long pence) {
    return "£" + text(pence);
  }

  static String factor(long tenThousandths) {
    return BigDecimal.valueOf(tenThousandths, 4).toPlainString();
  }

  /** Annual pence as weekly pounds over a year of {@code days}: × 7 ÷ days, half up. */
  static String weekly(long annualPence, long days) {
    return text(org.openras.engine.scenario.PartYear.halfUp(annualPence * 7, days));
  }
}
