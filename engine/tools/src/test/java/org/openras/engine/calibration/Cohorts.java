package org.openras.engine.calibration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.openras.engine.request.PrimarySupportReason;

/** Small cohorts written by hand or drawn from known coefficients, for the calibration tests. */
final class Cohorts {
  private Cohorts() {}

  static CohortRow row(long line, PrimarySupportReason psr, int points, String cost) {
    return new CohortRow(line, "C-" + line, psr, points, new BigDecimal(cost), null);
  }

  static Cohort of(List<CohortRow> rows) {
    return new Cohort("0".repeat(64), rows.size(), rows, List.of());
  }

  /** Four people, everyone in one group: points 10, 20, 30, 40 and costs 120, 240, 310, 530. */
  static Cohort handWorked() {
    PrimarySupportReason g = PrimarySupportReason.PHYSICAL_PERSONAL_CARE;
    return of(
        List.of(
            row(1, g, 10, "120.00"),
            row(2, g, 20, "240.00"),
            row(3, g, 30, "310.00"),
            row(4, g, 40, "530.00")));
  }

  /** {@code perGroup} people in every primary support reason, costs {@code base + 10 × points}. */
  static Cohort everyGroup(int perGroup) {
    List<CohortRow> rows = new ArrayList<>();
    long line = 1;
    for (PrimarySupportReason psr : PrimarySupportReason.values()) {
      for (int i = 0; i < perGroup; i++) {
        int points = 5 + 7 * i + psr.ordinal();
        int cost = 10 * points + (i % 2 == 0 ? 6 : -6);
        rows.add(row(line++, psr, points, cost + ".00"));
      }
    }
    return of(rows);
  }
}
