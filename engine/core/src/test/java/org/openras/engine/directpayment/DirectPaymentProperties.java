package org.openras.engine.directpayment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.TestRules;
import org.openras.engine.catalogue.MemoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.money.Money;

/**
 * Laws of the direct-payment rules over generated accounts (living and deceased, with and without
 * commitments, national defaults and South Borough's choices): the recoverable amount is never
 * negative and never above the closing balance; adding a legitimate commitment never raises it; a
 * longer contingency never raises it.
 */
class DirectPaymentProperties {
  private static final String[] COUNCILS = {null, "south-borough"};

  static DirectPaymentRequest generated(long seed) {
    java.util.Random r = new java.util.Random(seed);
    Money weekly = pence(r.nextInt(60_000));
    Money councilIn = pence(r.nextInt(300_000));
    Money due = pence(r.nextInt(20_000));
    Money paid = r.nextBoolean() ? due : pence(r.nextInt(20_000));
    Money spend = pence(r.nextInt(300_000));
    Money opening = pence(r.nextInt(500_000) - 20_000);
    Money closing = opening.plus(councilIn).plus(paid).minus(spend);
    List<Commitment> commitments = new ArrayList<>();
    int n = r.nextInt(4);
    LocalDate death = r.nextInt(3) == 0 ? LocalDate.of(2026, 9, 1 + r.nextInt(30)) : null;
    for (int i = 0; i < n; i++) {
      commitments.add(commitment(r));
    }
    return new DirectPaymentRequest(
        "acc-" + seed,
        COUNCILS[r.nextInt(COUNCILS.length)],
        LocalDate.of(2026, 9, 1),
        LocalDate.of(2026, 9, 30),
        weekly,
        councilIn,
        due,
        paid,
        opening,
        spend,
        closing,
        commitments,
        death,
        r.nextBoolean() ? LocalDate.of(2025, 1 + r.nextInt(12), 1) : null,
        null,
        Map.of());
  }

  private static Commitment commitment(java.util.Random r) {
    CommitmentKind kind = CommitmentKind.values()[r.nextInt(CommitmentKind.values().length)];
    return new Commitment(
        kind, pence(r.nextInt(200_000)), LocalDate.of(2026, 9, 1 + r.nextInt(30)));
  }

  private static Money pence(long p) {
    return Money.of(BigDecimal.valueOf(p, 2));
  }

  private static Money recoverable(OpenRasEngine engine, DirectPaymentRequest request) {
    return engine.reviewAccount(request).directPayments().recoverable();
  }

  @Test
  void theRecoverableAmountIsNeverNegativeNorAboveTheBalance() {
    OpenRasEngine engine = TestRules.engine();
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              DirectPaymentRequest a = generated(seed);
              Money rec = recoverable(engine, a);
              assertThat(rec.isNegative()).isFalse();
              assertThat(rec).isLessThanOrEqualTo(Money.max(Money.ZERO, a.closingBalance()));
            });
  }

  @Test
  void aLegitimateCommitmentNeverRaisesTheRecoverableAmount() {
    OpenRasEngine engine = TestRules.engine();
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(0, 500_000))
        .checkAssert(
            (seed, amount) -> {
              DirectPaymentRequest a = generated(seed);
              List<Commitment> more = new ArrayList<>(a.commitments());
              // wages to the period's end (or, after a death, to the date of death): always met
              LocalDate to = a.deceased() ? a.dateOfDeath() : a.periodEnd();
              more.add(new Commitment(CommitmentKind.WAGES, pence(amount), to));
              assertThat(recoverable(engine, a.withCommitments(more)))
                  .isLessThanOrEqualTo(recoverable(engine, a));
            });
  }

  @Test
  void aLongerContingencyNeverRaisesTheRecoverableAmount() {
    OpenRasEngine engine = withContingencies();
    qt().withExamples(300)
        .forAll(integers().between(0, 25), integers().between(0, 10), longs().all())
        .checkAssert(
            (weeks, more, seed) -> {
              DirectPaymentRequest a = generated(seed);
              Money shorter = recoverable(engine, inCouncil(a, "weeks-" + weeks));
              Money longer = recoverable(engine, inCouncil(a, "weeks-" + (weeks + more)));
              assertThat(longer).isLessThanOrEqualTo(shorter);
            });
  }

  private static DirectPaymentRequest inCouncil(DirectPaymentRequest a, String council) {
    return new DirectPaymentRequest(
        a.accountRef(),
        council,
        a.periodStart(),
        a.periodEnd(),
        a.weeklyPayment(),
        a.councilPaymentsIn(),
        a.contributionDue(),
        a.contributionPaid(),
        a.openingBalance(),
        a.spend(),
        a.closingBalance(),
        a.commitments(),
        a.dateOfDeath(),
        a.firstPaymentDate(),
        a.lastReviewDate(),
        Map.of());
  }

  /**
   * The shipped rules with a council overlay {@code weeks-<n>} for each contingency of 0 to 35
   * weeks (overlays hold parameters only, so the national rules compile once).
   */
  private static OpenRasEngine withContingencies() {
    OpenRasEngine shipped = TestRules.engine();
    List<RuleSetSource> sources = new ArrayList<>();
    shipped.catalogue().all().forEach(v -> sources.add(v.source()));
    for (int w = 0; w <= 35; w++) {
      TreeMap<String, byte[]> files = new TreeMap<>();
      files.put(
          "ruleset.yaml",
          ("area: directpayments-councils/weeks-"
                  + w
                  + "\nversion: 2015-04-01\n"
                  + "effectiveFrom: 2015-04-01\ntitle: Test council keeping "
                  + w
                  + " weeks\n"
                  + "summary: test\nsupersedes: null\nillustrative: true\nallowsGaps: false\n")
              .getBytes(StandardCharsets.UTF_8));
      files.put(
          "parameters.yaml",
          ("contingencyWeeks:\n  description: test\n  unit: weeks\n  period: none\n"
                  + "  reference: {title: test}\n  values:\n    2015-04-01: {value: \""
                  + w
                  + "\"}\n")
              .getBytes(StandardCharsets.UTF_8));
      sources.add(new RuleSetSource("directpayments-councils/weeks-" + w, "2015-04-01", files));
    }
    return shipped.sharing(RuleSetCatalogue.load(new MemoryRuleStore(sources, "test")));
  }
}
