package org.openras.benchmarks.reference;

/**
 * The adjusted budget of the plain-Java reference, in whole pence.
 *
 * @param inForce false when no adjustments version covers the date (the RAS budget stands)
 * @param clientGroupUplift the weekly uplift for the primary support reason (zero if none)
 * @param domainUplifts per domain (questionnaire order), its uplift, or {@link Pence#NONE}
 * @param upliftedWeekly the RAS budget plus every uplift
 * @param affordableWeekly times the affordability factor
 * @param protectionApplied raised to the protected minimum
 * @param weekly the adjusted weekly budget
 * @param annual the adjusted annual budget
 */
public record AdjustmentFigures(
    boolean inForce,
    long clientGroupUplift,
    long[] domainUplifts,
    long upliftedWeekly,
    long affordableWeekly,
    boolean protectionApplied,
    long weekly,
    long annual) {

  static AdjustmentFigures none(long weekly, long annual) {
    return new AdjustmentFigures(
        false, Pence.NONE, new long[0], Pence.NONE, Pence.NONE, false, weekly, annual);
  }
}
