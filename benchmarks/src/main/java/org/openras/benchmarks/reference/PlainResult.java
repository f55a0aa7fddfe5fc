package org.openras.benchmarks.reference;

/**
 * The figures the plain-Java reference computes for one person, money in whole pence.
 *
 * @param version the RAS version whose figures applied
 * @param points per domain (questionnaire order), points before unpaid support
 * @param pointsAfterDeflation per domain, points after unpaid support
 * @param totalPoints the sum of the points after unpaid support
 * @param calculatedWeeklyPence total points times the price per point
 * @param weeklyPence the indicative weekly budget (raised to the floor when points are scored)
 * @param floorApplied whether the floor raised the budget
 * @param panelReview whether the weekly budget is above the panel ceiling
 * @param annualPence weekly budget times weeks per year, to the nearest penny, halves up
 */
public record PlainResult(
    String version,
    int[] points,
    int[] pointsAfterDeflation,
    int totalPoints,
    long calculatedWeeklyPence,
    long weeklyPence,
    boolean floorApplied,
    boolean panelReview,
    long annualPence) {}
