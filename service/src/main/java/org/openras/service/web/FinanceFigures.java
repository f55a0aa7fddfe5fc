package org.openras.service.web;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How the finance and policy pages write figures: pounds with thousands separators and a minus sign
 * (the reports' amounts are exact text such as {@code "-1234.56"}, shown as they are, never rounded
 * again), changes with their sign, and the calibration's fitting figures to a stated number of
 * places. Templates call it as {@code @financeFigures}.
 */
@Component("financeFigures")
public class FinanceFigures {
  /** {@code "1234.5"} as "£1,234.50", {@code "-12"} as "−£12.00". */
  public String pounds(String amount) {
    if (amount == null || amount.isBlank()) {
      return "—";
    }
    return Formats.money(new BigDecimal(amount));
  }

  /** A change, signed: "+£12.00", "−£3.50", "£0.00". */
  public String change(String amount) {
    if (amount == null || amount.isBlank()) {
      return "—";
    }
    return (new BigDecimal(amount).signum() > 0 ? "+" : "") + pounds(amount);
  }

  /** {@code candidate − baseline}, exactly, as a signed change. */
  public String difference(String baseline, String candidate) {
    return change(new BigDecimal(candidate).subtract(new BigDecimal(baseline)).toPlainString());
  }

  /** A fitting figure (a double) to {@code places} decimal places, half-up as printf rounds. */
  public String fixed(double v, int places) {
    return String.format(Locale.UK, "%." + places + "f", v);
  }

  /** A share (0.42) as a percentage to one place ("42.0%"). */
  public String percent(double share) {
    return fixed(100 * share, 1) + "%";
  }
}
