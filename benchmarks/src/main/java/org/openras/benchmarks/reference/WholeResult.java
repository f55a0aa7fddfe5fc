package org.openras.benchmarks.reference;

/**
 * The figures of one whole calculation by the plain-Java reference: each part null when the request
 * did not ask for it (no eligibility section, no needs or no RAS figure, no finances).
 */
public record WholeResult(
    EligibilityFigures eligibility,
    PlainResult ras,
    AdjustmentFigures adjustment,
    ContributionFigures contribution) {}
