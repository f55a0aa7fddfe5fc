package org.openras.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openras.benchmarks.reference.ContributionFigures;
import org.openras.benchmarks.reference.WholeResult;
import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.Finances;
import org.openras.engine.result.CalculationResult;

/**
 * The plain-Java whole calculation gives exactly the engine's figures on generated whole
 * assessments ({@link GeneratedAssessments}), and refuses exactly the assessments the engine
 * refuses (a figure the rule set lacks on the date, such as couple rates after 2021/22; no cost of
 * care when no RAS figure is given). Also checks the people generated reached every branch the
 * comparison is meant to cover, and that most were calculated rather than refused.
 */
class WholeReferenceMatchesEngineProperties {
  private static final int EXAMPLES = 4000;

  @Test
  void theReferenceGivesTheEnginesFiguresForGeneratedAssessments() {
    Set<String> reached = new HashSet<>();
    AtomicInteger refused = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .withFixedSeed(20261124L)
        .forAll(new GeneratedAssessments(Both.ENGINE).assessments())
        .checkAssert(
            request -> {
              CalculationResult[] engine = new CalculationResult[1];
              Throwable engineFailed =
                  catchThrowable(() -> engine[0] = Both.ENGINE.calculate(request));
              WholeResult[] plain = new WholeResult[1];
              Throwable plainFailed =
                  catchThrowable(() -> plain[0] = Both.WHOLE.calculate(request));
              assertThat(plainFailed == null)
                  .as(
                      "reference refused %s (%s) when the engine did not (%s)",
                      request, plainFailed, engineFailed)
                  .isEqualTo(engineFailed == null);
              if (engineFailed != null) {
                refused.incrementAndGet();
                reached.add("refused");
                return;
              }
              assertThat(WholeFigures.differences(engine[0], plain[0]))
                  .as(request.toString())
                  .isEmpty();
              record(reached, plain[0]);
            });
    assertThat(refused.get()).as("refused").isLessThan(EXAMPLES / 5);
    assertThat(reached).containsAll(EXPECTED);
  }

  private static final List<String> EXPECTED =
      List.of(
          "refused",
          "facs eligible",
          "facs not eligible",
          "facs band none",
          "care act eligible",
          "care act not eligible",
          "carer eligible",
          "carer not eligible",
          "basis ELIGIBLE",
          "basis NOT_ELIGIBLE_SHOWN_ON_REQUEST",
          "basis NOT_ELIGIBLE_NO_FIGURE",
          "ras",
          "adjustment in force",
          "adjustment not in force",
          "protection applied",
          "client-group uplift",
          "domain uplift",
          "pays full cost",
          "tariff income",
          "no tariff income",
          "council none",
          "council 2024-04-08",
          "category SINGLE_18_24",
          "category SINGLE_25_TO_PENSION_AGE",
          "category SINGLE_PENSION_AGE",
          "category LONE_PARENT_18_PLUS",
          "category COUPLE_18_PLUS_EACH",
          "category COUPLE_PENSION_AGE_EACH",
          "cost weeklyCostOfCare",
          "cost ras.weeklyBudget",
          "cost adjustments.weeklyBudget",
          "contribution capped at cost",
          "contribution below cost",
          "no contribution",
          "share charged");

  /**
   * The council minimum charge (CHG-084) needs disposable income just above nothing, which random
   * amounts seldom give: this person's pension is set to their allowances (as the reference first
   * finds them) plus one pound, under a council whose minimum is above that.
   */
  @Test
  void aChargeBelowTheCouncilsMinimumIsWaivedByBoth() {
    CalculationRequest base =
        SeedRequests.whole("older-person-full-assessment-pays-a-contribution.json");
    CalculationRequest probe = withPension(base, Money.parse("0.00"));
    long allowances = Both.WHOLE.calculate(probe).contribution().allowances();
    CalculationRequest request =
        withPension(base, Money.of(BigDecimal.valueOf(allowances + 100, 2)));
    WholeResult plain = Both.WHOLE.calculate(request);
    assertThat(WholeFigures.differences(Both.ENGINE.calculate(request), plain)).isEmpty();
    assertThat(plain.contribution().chargeableIncome()).isEqualTo(100);
    assertThat(plain.contribution().maximumCharge()).isZero();
    assertThat(plain.contribution().weeklyContribution()).isZero();
  }

  private static CalculationRequest withPension(CalculationRequest r, Money pension) {
    Finances f = r.finances();
    Finances only =
        new Finances(
            Money.ZERO,
            null,
            f.mainHome(),
            Map.of("STATE_PENSION", pension),
            null,
            Map.of(),
            false);
    return new CalculationRequest(
        r.personRef(),
        r.assessmentDate(),
        r.person(),
        r.needs(),
        r.informalSupport(),
        null,
        "north-shire",
        only,
        r.weeklyCostOfCare(),
        r.eligibility(),
        r.previousWeeklyBudget());
  }

  private static void record(Set<String> reached, WholeResult p) {
    var e = p.eligibility();
    if (e != null) {
      String framework = e.careAct() ? "care act" : "facs";
      reached.add(framework + (e.adult().eligible() ? " eligible" : " not eligible"));
      if (!e.careAct() && e.band() == null) {
        reached.add("facs band none");
      }
      if (e.carer() != null) {
        reached.add(e.carer().eligible() ? "carer eligible" : "carer not eligible");
      }
      if (e.rasBasis() != null) {
        reached.add("basis " + e.rasBasis());
      }
    }
    if (p.ras() != null) {
      reached.add("ras");
      var a = p.adjustment();
      reached.add(a.inForce() ? "adjustment in force" : "adjustment not in force");
      if (a.protectionApplied()) {
        reached.add("protection applied");
      }
      if (a.inForce() && a.clientGroupUplift() > 0) {
        reached.add("client-group uplift");
      }
      for (long d : a.domainUplifts()) {
        if (d != Long.MIN_VALUE && d > 0) {
          reached.add("domain uplift");
        }
      }
    }
    ContributionFigures c = p.contribution();
    if (c != null) {
      reached.add(
          c.paysFullCost()
              ? "pays full cost"
              : c.tariffIncome() > 0 ? "tariff income" : "no tariff income");
      reached.add("council " + (c.councilOverlay() == null ? "none" : c.councilOverlay()));
      if (c.migCategory() != null) {
        reached.add("category " + c.migCategory());
      }
      reached.add("cost " + c.costOfCareSource());
      if (c.weeklyContribution() == 0) {
        reached.add("no contribution");
      } else {
        reached.add(
            c.weeklyContribution() == c.costOfCare()
                ? "contribution capped at cost"
                : "contribution below cost");
      }
      if (c.chargeableIncome() > 0 && c.maximumCharge() == 0) {
        reached.add("minimum charge waived");
      }
      if (c.chargeableIncome() != Long.MIN_VALUE && c.chargeableIncome() < c.disposableIncome()) {
        reached.add("share charged");
      }
    }
  }
}
