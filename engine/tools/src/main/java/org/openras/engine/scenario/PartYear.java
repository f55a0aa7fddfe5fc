package org.openras.engine.scenario;

/**
 * Apportions one person's weekly amounts over a financial year by days (issue 8, "part-year
 * effect"): the annual net cost is the sum over the periods of weekly net × days ÷ 7.
 *
 * <p>Rounding: the sum of pence × days is exact (whole numbers); it is divided by 7 and rounded to
 * the penny, half up, <b>once per person</b>, after adding their periods. So a change that splits a
 * year into more periods without changing any amount leaves the annual figure unchanged, and a
 * caseload's annual total is the sum of its people's rounded annual figures. The weekly figures of
 * an apportioned side are the day-weighted averages (Σ weekly × days ÷ days in the year), rounded
 * the same way.
 */
public final class PartYear {
  private long budgetDays;
  private long contributionDays;
  private long netDays;
  private long days;

  /** Adds a period's weekly figures (pence) held for {@code periodDays} days. */
  public PartYear add(SideFigures weekly, long periodDays) {
    budgetDays = Math.addExact(budgetDays, Math.multiplyExact(weekly.budget(), periodDays));
    contributionDays =
        Math.addExact(contributionDays, Math.multiplyExact(weekly.contribution(), periodDays));
    netDays = Math.addExact(netDays, Math.multiplyExact(weekly.net(), periodDays));
    days += periodDays;
    return this;
  }

  /** The day-weighted average weekly figures and the apportioned annual net, in pence. */
  public SideFigures figures() {
    return new SideFigures(
        halfUp(budgetDays, days), halfUp(contributionDays, days), halfUp(netDays, days), annual());
  }

  /** Σ weekly net × days ÷ 7, to the penny, half up. */
  public long annual() {
    return halfUp(netDays, 7);
  }

  /** {@code numerator ÷ denominator} rounded half up (a half goes to the greater value). */
  public static long halfUp(long numerator, long denominator) {
    long q = Math.floorDiv(numerator, denominator);
    long r = Math.floorMod(numerator, denominator);
    return 2 * r >= denominator ? q + 1 : q;
  }
}
