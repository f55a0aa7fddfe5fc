package org.openras.benchmarks.reference;

/**
 * The eligibility figures of the plain-Java reference.
 *
 * @param version the eligibility version in force
 * @param careAct Care Act 2014 (true) or FACS (false)
 * @param adult the adult's decision
 * @param carer the carer's decision, or null without a carer section
 * @param band FACS: the person's band, null for none (and under the Care Act)
 * @param rasBasis on what footing a RAS figure is given; null when no needs were given
 */
public record EligibilityFigures(
    String version, boolean careAct, Party adult, Party carer, String band, String rasBasis) {

  /**
   * One person's decision.
   *
   * @param conditionsMet Care Act: conditions 1, 2 and 3 in turn; FACS: the threshold test alone
   * @param outcomesCounted Care Act: outcomes counted as ones that cannot be achieved
   */
  public record Party(boolean eligible, boolean[] conditionsMet, int outcomesCounted) {}
}
