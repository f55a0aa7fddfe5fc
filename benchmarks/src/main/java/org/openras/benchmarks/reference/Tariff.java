package org.openras.benchmarks.reference;

/**
 * The RAS figures in force from one day to another, flattened into arrays: one RAS version's
 * questionnaire points and the parameter values in force over that stretch of its period. Money is
 * held in whole pence.
 *
 * @param fromDay first day in force (epoch day)
 * @param toDay last day in force (epoch day), or {@link Long#MAX_VALUE} when open-ended
 * @param version the RAS version folder these figures come from
 * @param codes domain codes in questionnaire order
 * @param deflatable per domain: may unpaid support reduce its points
 * @param points per domain, the points of each answer level (index = level)
 * @param pricePence per {@code PrimarySupportReason} ordinal, the weekly price of a point, or
 *     {@link #MISSING}
 * @param floorPence the weekly floor, or {@link #MISSING}
 * @param ceilingPence the weekly panel ceiling, or {@link #MISSING}
 * @param weeksUnscaled weeks per year as an unscaled decimal (52.143 is 52143), or {@link #MISSING}
 * @param weeksDivisor ten to the scale of {@code weeksUnscaled} (1000 for 52.143)
 */
public record Tariff(
    long fromDay,
    long toDay,
    String version,
    String[] codes,
    boolean[] deflatable,
    int[][] points,
    long[] pricePence,
    long floorPence,
    long ceilingPence,
    long weeksUnscaled,
    long weeksDivisor) {

  /** Marks a figure the version does not give on these days; using it is an error. */
  public static final long MISSING = Long.MIN_VALUE;

  public boolean covers(long day) {
    return day >= fromDay && day <= toDay;
  }

  static long required(long value, String what, Tariff t) {
    if (value == MISSING) {
      throw new IllegalStateException(
          "ras " + t.version() + " gives no " + what + " from epoch day " + t.fromDay());
    }
    return value;
  }
}
