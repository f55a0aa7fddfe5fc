package org.openras.engine.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openras.engine.money.Money;
import org.openras.engine.request.PrimarySupportReason;

/** Net council cost by year and client group, and the effect of re-aligning budgets. */
class BudgetPlanTest {
  static final PrimarySupportReason LD = PrimarySupportReason.LEARNING_DISABILITY;
  static final PrimarySupportReason MH = PrimarySupportReason.MENTAL_HEALTH;

  private static List<HistoryPoint> flat(PrimarySupportReason g, int people) {
    List<HistoryPoint> h = new ArrayList<>();
    for (int t = 0; t < 36; t++) {
      h.add(Histories.point(g, Histories.FIRST.plusMonths(t), people));
    }
    return h;
  }

  private static Transition arrival(String ref, LocalDate day, Map<Integer, Money> annual) {
    Money w = Money.parse("300.00");
    return new Transition(ref, LD, day, w, Money.ZERO, w, Map.of("ras", "2025-04-01"), annual);
  }

  private BudgetPlan plan() {
    List<HistoryPoint> h = new ArrayList<>(flat(MH, 120));
    h.addAll(flat(LD, 40));
    ForecastSpec spec = new ForecastSpec(2025, 2, 0.95, null, Map.of(2026, new BigDecimal("1.03")));
    Transition.Cohort cohort =
        new Transition.Cohort(
            List.of(
                arrival(
                    "Y-1",
                    LocalDate.of(2025, 10, 1),
                    Map.of(2025, Money.parse("7800.00"), 2026, Money.parse("15600.00")))),
            List.of());
    return BudgetPlan.of(DemandForecaster.forecast(h, spec), cohort, spec);
  }

  @Test
  void eachYearsCaseloadIsPeopleTimesInflatedWeeklyCostOverTheYearPlusTransitions() {
    BudgetPlan p = plan();
    // 2025/26 and 2026/27 have 365 days each.
    YearCost mh25 = p.row(2025, MH);
    assertThat(mh25.weeklyCostPerPerson()).isEqualTo(Money.parse("250.00"));
    assertThat(mh25.caseloadNet()).isEqualTo(Money.parse("1564285.71")); // 120 × 250 × 365 ÷ 7
    assertThat(mh25.caseloadNetLower()).isEqualTo(mh25.caseloadNet());
    YearCost mh26 = p.row(2026, MH);
    assertThat(mh26.weeklyCostPerPerson()).isEqualTo(Money.parse("257.50"));
    assertThat(mh26.caseloadNet()).isEqualTo(Money.parse("1611214.29")); // 120 × 257.50 × 365 ÷ 7
    YearCost ld25 = p.row(2025, LD);
    assertThat(ld25.arrivals()).isEqualTo(1);
    assertThat(ld25.transitionsNet()).isEqualTo(Money.parse("7800.00"));
    assertThat(ld25.totalNet()).isEqualTo(ld25.caseloadNet().plus(Money.parse("7800.00")));
    assertThat(p.row(2026, LD).arrivals()).isZero();
    assertThat(p.row(2026, LD).transitionsNet()).isEqualTo(Money.parse("15600.00"));
    assertThat(p.totalByYear().get(2025)).isEqualTo(mh25.totalNet().plus(ld25.totalNet()));
  }

  @Test
  void reAligningAPercentMovesItAndSaysHowManyPeopleItFunds() {
    BudgetPlan p = plan();
    List<Realignment.Effect> e = p.realign(new Realignment(MH, LD, null, new BigDecimal("10")));
    Realignment.Effect y = e.get(0);
    assertThat(y.moved()).isEqualTo(Money.parse("156428.57"));
    assertThat(y.fromBudget()).isEqualTo(Money.parse("1407857.14"));
    assertThat(y.toBudget()).isEqualTo(p.row(2025, LD).totalNet().plus(y.moved()));
    // £156,428.57 at £250 a week over 365 days funds 12.0 people.
    assertThat(y.fromPeople()).isEqualByComparingTo("12.0");
    Realignment.Effect fixed =
        p.realign(new Realignment(MH, LD, Money.parse("50000.00"), null)).get(1);
    assertThat(fixed.moved()).isEqualTo(Money.parse("50000.00"));
    assertThat(fixed.year()).isEqualTo(2026);
  }

  @Test
  void aRealignmentNeedsExactlyOneOfAmountAndPercent() {
    assertThatThrownBy(() -> new Realignment(MH, LD, null, null))
        .hasMessageContaining("not both or neither");
    assertThatThrownBy(() -> new Realignment(MH, MH, Money.parse("1.00"), null))
        .hasMessageContaining("between two groups");
  }
}
