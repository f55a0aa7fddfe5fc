package org.openras.benchmarks.reference;

import java.util.List;
import org.openras.engine.request.CalculationRequest;
import tools.jackson.databind.JsonNode;

/**
 * In-year adjustments in plain Java, as {@code rules/adjustments/<version>/Adjustments.drl} make
 * them: the client group's price uplift on the weekly budget and each named domain's points priced
 * again at its uplift (each to the penny, halves up), their sum added, times the affordability
 * factor (halves up), raised to the protected minimum when a previous budget is given (previous
 * times one less the maximum fall, rounded up), and times the RAS's weeks per year (halves up).
 * Without a version in force the RAS budget stands.
 */
final class PlainAdjustments {
  private final List<RuleFiles.Version> versions = RuleFiles.versions("adjustments");
  private final List<Rules> rules = versions.stream().map(Rules::new).toList();

  private static final class Rules {
    final Dated<Factor> clientGroupUplift;
    final Dated<Factor> domainUplift;
    final Dated<Factor> affordability;
    final Dated<Factor> remainingAfterFall;

    Rules(RuleFiles.Version v) {
      JsonNode p = v.parameters();
      clientGroupUplift = Dated.of(p, "pricePerPointUplift", Factor::parse);
      domainUplift = Dated.of(p, "domainUplift", Factor::parse);
      affordability = Dated.of(p, "affordabilityFactor", Factor::parse);
      remainingAfterFall =
          Dated.of(
              p,
              "maximumFall",
              s -> Factor.of(java.math.BigDecimal.ONE.subtract(new java.math.BigDecimal(s))));
    }
  }

  AdjustmentFigures adjust(CalculationRequest request, PlainResult ras, Tariff tariff) {
    long day = request.assessmentDate().toEpochDay();
    Rules r = RuleFiles.inForce(versions, rules, day);
    long previous = Pence.of(request.previousWeeklyBudget());
    if (r == null) {
      return AdjustmentFigures.none(ras.weeklyPence(), ras.annualPence());
    }
    String reason = request.person().primarySupportReason().name();
    long clientGroup =
        r.clientGroupUplift.has(day, reason)
            ? r.clientGroupUplift.at(day, reason).halfUp(ras.weeklyPence())
            : 0;
    long uplifts = clientGroup;
    long price = tariff.pricePence()[request.person().primarySupportReason().ordinal()];
    long[] domainUplifts = new long[ras.pointsAfterDeflation().length];
    for (int i = 0; i < domainUplifts.length; i++) {
      int points = ras.pointsAfterDeflation()[i];
      String domain = tariff.codes()[i];
      if (points > 0 && r.domainUplift.has(day, domain)) {
        domainUplifts[i] = r.domainUplift.at(day, domain).halfUp(price * points);
        uplifts += domainUplifts[i];
      } else {
        domainUplifts[i] = Pence.NONE;
      }
    }
    long uplifted = ras.weeklyPence() + uplifts;
    long affordable = r.affordability.at(day).halfUp(uplifted);
    long weekly = affordable;
    boolean protectionApplied = false;
    if (previous != Pence.NONE) {
      long minimum = r.remainingAfterFall.at(day).ceiling(previous);
      if (affordable < minimum) {
        weekly = minimum;
        protectionApplied = true;
      }
    }
    long annual = new Factor(tariff.weeksUnscaled(), tariff.weeksDivisor()).halfUp(weekly);
    return new AdjustmentFigures(
        true, clientGroup, domainUplifts, uplifted, affordable, protectionApplied, weekly, annual);
  }
}
