package org.openras.benchmarks.reference;

import org.openras.engine.request.CalculationRequest;

/**
 * A whole calculation in plain Java, in the engine's order: eligibility (its decision says whether
 * a RAS figure is given), the RAS ({@link PlainJavaRas}), the in-year adjustment, and the financial
 * assessment with the council's local options, capped at the cost of care. Every table and figure
 * is read once, at construction, from the same rule-set files the engine reads; no figure is
 * written here. It returns the figures, not an explanation. Thread-safe.
 */
public final class PlainJavaCalculation {
  private final PlainEligibility eligibility = new PlainEligibility();
  private final PlainJavaRas ras = PlainJavaRas.fromClasspath();
  private final PlainAdjustments adjustments = new PlainAdjustments();
  private final PlainContributions contributions = new PlainContributions();

  /** Loads every area's figures from the rules jar on the classpath. */
  public static PlainJavaCalculation fromClasspath() {
    return new PlainJavaCalculation();
  }

  /**
   * Calculates one assessment.
   *
   * @throws IllegalArgumentException when no version covers the date, a version is pinned, or the
   *     request lacks what a part needs
   * @throws IllegalStateException when a figure the calculation needs is absent on the date
   */
  public WholeResult calculate(CalculationRequest request) {
    if (!request.ruleSetVersions().isEmpty()) {
      throw new IllegalArgumentException("the reference uses the versions in force; none pinned");
    }
    EligibilityFigures decided = request.eligibility() == null ? null : eligibility.decide(request);
    PlainResult points = null;
    AdjustmentFigures adjusted = null;
    if (request.needs() != null
        && (decided == null || !PlainEligibility.NO_FIGURE.equals(decided.rasBasis()))) {
      Tariff tariff = ras.tariff(request.assessmentDate().toEpochDay());
      points = ras.calculate(request, tariff);
      adjusted = adjustments.adjust(request, points, tariff);
    }
    ContributionFigures contribution =
        request.finances() == null ? null : contributions.assess(request, adjusted);
    return new WholeResult(decided, points, adjusted, contribution);
  }
}
