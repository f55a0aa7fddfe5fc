package org.openras.engine.calibration;

/**
 * A cohort line that cannot be fitted, with what is wrong (never the line itself: it can hold
 * personal data).
 *
 * @param field the field at fault, such as {@code actualWeeklyCost} or {@code needs.cooking}, or
 *     {@code line} for a line that cannot be read
 */
public record CohortProblem(long line, String personRef, String field, String problem) {}
