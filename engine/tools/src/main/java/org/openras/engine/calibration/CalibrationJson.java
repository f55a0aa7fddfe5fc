package org.openras.engine.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A calibration's report as {@code calibration.json} writes it (and as the service sends it). The
 * fitting is in doubles ({@link CalibrationReport}); here money is a decimal string of pounds,
 * rounded half-up: amounts (budget, intercept, residuals, costs, fitted figures, the interval's
 * pounds) to the penny, the slope and its standard error to four decimal places (as the report's
 * page shows them), and {@code pricePerPoint} the slope to the penny (the price a draft version
 * takes). Statistics that are not money (R², shares, Cook's distance, t, points) stay numbers.
 * Members without a value are left out (the writer omits nulls).
 */
public record CalibrationJson(
    String cohortSha256,
    long linesRead,
    Spec spec,
    String budgetUsed,
    Fit overall,
    List<Fit> groups,
    List<Person> people,
    List<CohortProblem> problems) {

  /** What was fitted: the method (its code), by group, outliers set aside, budget, contingency. */
  public record Spec(
      String method,
      boolean byGroup,
      boolean setAsideOutliers,
      String budget,
      BigDecimal contingency) {}

  /** One group's fit, as {@link FitResult}, money as text. */
  public record Fit(
      String group,
      String title,
      int people,
      double meanPoints,
      Coefficient intercept,
      Coefficient slope,
      String pricePerPoint,
      double rSquared,
      double adjustedRSquared,
      Residuals residuals,
      double within10,
      double within20,
      Interval interval80) {}

  /** An estimate with its standard error, pounds (intercept: pence; slope: four places). */
  public record Coefficient(String estimate, String standardError) {}

  /** Residuals (actual − fitted), pounds a week to the penny. */
  public record Residuals(
      String mean,
      String min,
      String lowerQuartile,
      String median,
      String upperQuartile,
      String max,
      String standardError) {}

  /** The 80% prediction interval at the group's mean points, pounds to the penny. */
  public record Interval(
      double points,
      String fitted,
      String lower,
      String upper,
      double lowerShare,
      double upperShare,
      double t,
      int degreesOfFreedom) {}

  /** One person against the chosen fit. */
  public record Person(
      long line,
      String personRef,
      String primarySupportReason,
      int points,
      String actualWeeklyCost,
      String fitted,
      Double cooksDistance,
      String setAside) {}

  /** The report's JSON form. */
  public static CalibrationJson of(CalibrationReport r) {
    CalibrationSpec s = r.spec();
    return new CalibrationJson(
        r.cohortSha256(),
        r.linesRead(),
        new Spec(
            s.method().code(),
            s.byGroup(),
            s.setAsideOutliers(),
            s.budget() == null ? null : pence(s.budget()),
            s.contingency()),
        r.budgetUsed() == null ? null : pence(r.budgetUsed()),
        fit(r.overall()),
        r.groups().stream().map(CalibrationJson::fit).toList(),
        r.people().stream()
            .map(
                p ->
                    new Person(
                        p.line(),
                        p.personRef(),
                        p.primarySupportReason(),
                        p.points(),
                        pence(p.actualWeeklyCost()),
                        pence(p.fitted()),
                        p.cooksDistance(),
                        p.setAside()))
            .toList(),
        r.problems());
  }

  /**
   * The report read back from its JSON (the service's page of a fit): the figures as written, so
   * money to the penny and the slope to four places.
   */
  public CalibrationReport toReport() {
    return new CalibrationReport(
        cohortSha256,
        linesRead,
        new CalibrationSpec(
            Method.of(spec.method()),
            spec.byGroup(),
            spec.setAsideOutliers(),
            spec.budget() == null ? null : new BigDecimal(spec.budget()),
            spec.contingency()),
        budgetUsed == null ? null : number(budgetUsed),
        result(overall),
        groups == null ? List.of() : groups.stream().map(CalibrationJson::result).toList(),
        people == null
            ? List.of()
            : people.stream()
                .map(
                    p ->
                        new PersonFit(
                            p.line(),
                            p.personRef(),
                            p.primarySupportReason(),
                            p.points(),
                            number(p.actualWeeklyCost()),
                            number(p.fitted()),
                            p.cooksDistance(),
                            p.setAside()))
                .toList(),
        problems == null ? List.of() : problems);
  }

  private static Fit fit(FitResult f) {
    FitResult.ResidualSummary s = f.residuals();
    FitResult.PredictionInterval pi = f.interval80();
    return new Fit(
        f.group(),
        f.title(),
        f.people(),
        f.meanPoints(),
        f.intercept() == null
            ? null
            : new Coefficient(
                pence(f.intercept().estimate()), pence(f.intercept().standardError())),
        new Coefficient(places(f.slope().estimate(), 4), places(f.slope().standardError(), 4)),
        pence(f.slope().estimate()),
        f.rSquared(),
        f.adjustedRSquared(),
        new Residuals(
            pence(s.mean()),
            pence(s.min()),
            pence(s.lowerQuartile()),
            pence(s.median()),
            pence(s.upperQuartile()),
            pence(s.max()),
            pence(s.standardError())),
        f.within10(),
        f.within20(),
        new Interval(
            pi.points(),
            pence(pi.fitted()),
            pence(pi.lower()),
            pence(pi.upper()),
            pi.lowerShare(),
            pi.upperShare(),
            pi.t(),
            pi.degreesOfFreedom()));
  }

  private static FitResult result(Fit f) {
    Residuals s = f.residuals();
    Interval pi = f.interval80();
    return new FitResult(
        f.group(),
        f.title(),
        f.people(),
        f.meanPoints(),
        f.intercept() == null ? null : coefficient(f.intercept()),
        coefficient(f.slope()),
        f.rSquared(),
        f.adjustedRSquared(),
        new FitResult.ResidualSummary(
            number(s.mean()),
            number(s.min()),
            number(s.lowerQuartile()),
            number(s.median()),
            number(s.upperQuartile()),
            number(s.max()),
            number(s.standardError())),
        f.within10(),
        f.within20(),
        new FitResult.PredictionInterval(
            pi.points(),
            number(pi.fitted()),
            number(pi.lower()),
            number(pi.upper()),
            pi.lowerShare(),
            pi.upperShare(),
            pi.t(),
            pi.degreesOfFreedom()));
  }

  /** A figure read back; one left out (not estimable) is NaN, as the fit had it. */
  private static double number(String text) {
    return text == null ? Double.NaN : Double.parseDouble(text);
  }

  private static FitResult.Coefficient coefficient(Coefficient c) {
    return new FitResult.Coefficient(number(c.estimate()), number(c.standardError()));
  }

  /** Pounds to the penny, half-up (from the double's shortest decimal form). */
  static String pence(double pounds) {
    return places(pounds, 2);
  }

  static String pence(BigDecimal pounds) {
    return pounds.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String places(double v, int places) {
    if (!Double.isFinite(v)) {
      return null; // a figure the fit could not estimate (too few people): left out
    }
    return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).toPlainString();
  }
}
