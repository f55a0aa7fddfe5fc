package org.openras.engine.contribution;

import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openras.engine.TestRules;
import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.Finances;
import org.openras.engine.request.PersonDetails;
import org.openras.engine.result.CalculationResult;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of the financial assessment over generated finances (2024/25 figures; with and without
 * each council overlay).
 */
class ContributionProperties {
  private static final int EXAMPLES = 150;
  private static final String[] COUNCILS = {null, "north-shire", "south-borough", "east-vale"};

  /** Types that are disregarded and bring no premium, so they cannot change the contribution. */
  private static final String[] DISREGARDED = {
    "EARNINGS", "AFCS_GUARANTEED_INCOME_PAYMENT", "CHILD_BENEFIT", "CHILD_TAX_CREDIT", "WAR_PENSION"
  };

  private static Gen<Money> pounds(int maxPounds) {
    return SourceDSL.longs()
        .between(0, maxPounds * 100L)
        .map(p -> Money.of(BigDecimal.valueOf(p, 2)));
  }

  private static Gen<String> council() {
    return SourceDSL.integers().between(0, COUNCILS.length - 1).map(i -> COUNCILS[i]);
  }

  static CalculationResult run(
      String council, Money capital, Money counted, Map<String, Money> extra, Money cost) {
    Map<String, Money> income = new LinkedHashMap<>();
    income.put("STATE_PENSION", counted);
    income.putAll(extra);
    CalculationRequest r =
        new CalculationRequest(
            "prop-1",
            LocalDate.of(2024, 6, 1),
            new PersonDetails(LocalDate.of(1970, 3, 3), null),
            null,
            null,
            null,
            council,
            new Finances(capital, null, null, income, null, null, null),
            cost,
            null,
            null);
    return TestRules.engine().calculate(r);
  }

  private static Money contribution(CalculationResult r) {
    return r.contribution().weeklyContribution();
  }

  @Test
  void contributionIsNeverNegativeNorAboveTheCostAndNetPlusContributionIsTheCost() {
    qt().withExamples(EXAMPLES)
        .forAll(council(), pounds(40_000), pounds(1_000), pounds(1_500))
        .checkAssert(
            (c, capital, income, cost) -> {
              var r = run(c, capital, income, Map.of(), cost).contribution();
              org.assertj.core.api.Assertions.assertThat(r.weeklyContribution().isNegative())
                  .isFalse();
              org.assertj.core.api.Assertions.assertThat(r.weeklyContribution().isGreaterThan(cost))
                  .isFalse();
              org.assertj.core.api.Assertions.assertThat(
                      r.netCouncilAmount().plus(r.weeklyContribution()))
                  .isEqualTo(cost);
            });
  }

  @Test
  void belowTheUpperLimitMoreCapitalNeverLowersTheContribution() {
    qt().withExamples(EXAMPLES)
        .forAll(council(), pounds(23_250), pounds(23_250), pounds(600))
        .assuming((c, a, b, income) -> true)
        .checkAssert(
            (c, a, b, income) -> {
              Money low = Money.min(a, b);
              Money high = Money.max(a, b);
              Money cost = Money.parse("1000.00");
              org.assertj.core.api.Assertions.assertThat(
                      contribution(run(c, high, income, Map.of(), cost)))
                  .isGreaterThanOrEqualTo(contribution(run(c, low, income, Map.of(), cost)));
            });
  }

  @Test
  void moreCountedIncomeNeverLowersTheContribution() {
    qt().withExamples(EXAMPLES)
        .forAll(council(), pounds(30_000), pounds(800), pounds(200))
        .checkAssert(
            (c, capital, income, more) -> {
              Money cost = Money.parse("700.00");
              org.assertj.core.api.Assertions.assertThat(
                      contribution(run(c, capital, income.plus(more), Map.of(), cost)))
                  .isGreaterThanOrEqualTo(contribution(run(c, capital, income, Map.of(), cost)));
            });
  }

  @Test
  void aDisregardedIncomeNeverChangesTheContribution() {
    qt().withExamples(EXAMPLES)
        .forAll(
            council(),
            pounds(800),
            SourceDSL.integers().between(0, DISREGARDED.length - 1),
            pounds(500))
        .checkAssert(
            (c, income, type, amount) -> {
              Money cost = Money.parse("500.00");
              Money capital = Money.parse("15000.00");
              org.assertj.core.api.Assertions.assertThat(
                      contribution(
                          run(c, capital, income, Map.of(DISREGARDED[type], amount), cost)))
                  .isEqualTo(contribution(run(c, capital, income, Map.of(), cost)));
            });
  }

  @Test
  void earningsNeverChangeTheContribution() {
    qt().withExamples(EXAMPLES)
        .forAll(council(), pounds(30_000), pounds(800), pounds(2_000))
        .checkAssert(
            (c, capital, income, earnings) -> {
              Money cost = Money.parse("400.00");
              org.assertj.core.api.Assertions.assertThat(
                      contribution(run(c, capital, income, Map.of("EARNINGS", earnings), cost)))
                  .isEqualTo(contribution(run(c, capital, income, Map.of(), cost)));
            });
  }
}
