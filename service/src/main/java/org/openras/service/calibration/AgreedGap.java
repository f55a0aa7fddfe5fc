package org.openras.service.calibration;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.openras.service.agreed.AgreedBudget;

/**
 * The gap between the indicative and the agreed weekly budgets of a cohort of agreed budgets, by
 * client group (primary support reason) and by the reason recorded for the difference. Totals are
 * exact; the mean gap is rounded to the nearest penny, halves up; the gap as a share of the
 * indicative total to four decimal places, halves up.
 *
 * @param by {@code clientGroup} or {@code reason}
 * @param key the client group, or the reason's code ({@code NONE} when no difference was given)
 * @param people how many agreed budgets
 * @param indicativeTotal the sum of their indicative weekly budgets (pounds)
 * @param agreedTotal the sum of their agreed weekly budgets (pounds)
 * @param meanGap the mean of agreed less indicative (pounds a week)
 * @param gapShare the total gap over the indicative total
 */
public record AgreedGap(
    String by,
    String key,
    int people,
    String indicativeTotal,
    String agreedTotal,
    String meanGap,
    String gapShare)
    implements Serializable {

  static List<AgreedGap> of(List<AgreedBudget> agreed) {
    List<AgreedGap> rows = new ArrayList<>();
    rows.addAll(
        group(
            "clientGroup",
            agreed,
            b -> b.primarySupportReason() == null ? "NOT_RECORDED" : b.primarySupportReason()));
    rows.addAll(group("reason", agreed, b -> b.reasonCode() == null ? "NONE" : b.reasonCode()));
    return rows;
  }

  private static List<AgreedGap> group(
      String by, List<AgreedBudget> agreed, Function<AgreedBudget, String> key) {
    Map<String, List<AgreedBudget>> groups = new TreeMap<>();
    agreed.forEach(b -> groups.computeIfAbsent(key.apply(b), k -> new ArrayList<>()).add(b));
    List<AgreedGap> rows = new ArrayList<>();
    groups.forEach(
        (k, list) -> {
          BigDecimal indicative = BigDecimal.ZERO;
          BigDecimal total = BigDecimal.ZERO;
          for (AgreedBudget b : list) {
            indicative = indicative.add(b.indicativeWeeklyBudget().amount());
            total = total.add(b.agreedWeeklyBudget().amount());
          }
          BigDecimal gap = total.subtract(indicative);
          rows.add(
              new AgreedGap(
                  by,
                  k,
                  list.size(),
                  indicative.setScale(2).toPlainString(),
                  total.setScale(2).toPlainString(),
                  gap.divide(BigDecimal.valueOf(list.size()), 2, RoundingMode.HALF_UP)
                      .toPlainString(),
                  indicative.signum() == 0
                      ? null
                      : gap.divide(indicative, 4, RoundingMode.HALF_UP).toPlainString()));
        });
    return rows;
  }
}
