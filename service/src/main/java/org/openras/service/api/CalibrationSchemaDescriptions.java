package org.openras.service.api;

/** Words for RAS re-calibration (docs/calibration.md). */
final class CalibrationSchemaDescriptions {
  static final SchemaWords WORDS =
      new SchemaWords()
          .schema("CalibrationRequest", "A calibration of the price per point to actual costs.")
          .field("cohortId", "The SHA-256 of a kept caseload (POST /api/v1/caseloads): the cohort.")
          .field(
              "method",
              "ratio (budget x (1 - contingency) / total points), ols (least squares with an"
                  + " intercept; cannot be written as a draft) or ols-origin (through the origin).")
          .field("byGroup", "Fit each primary support reason apart (default false).")
          .field(
              "setAsideOutliers",
              "Set aside people whose Cook's distance is above 4/n, and refit (default false).")
          .field(
              "budget",
              "Ratio method: the weekly budget available, in pounds (default: the cohort's actual"
                  + " spend).")
          .field("contingency", "Ratio method: the share held back, e.g. 0.05 (default 0).")
          .field(
              "draftVersion",
              "Optional: write the fit as a draft RAS version starting on this day (yyyy-MM-dd,"
                  + " after the latest version), checked by its own cases and compared by"
                  + " scenario.")
          .schema(
              "CalibrationSummary", "What a calibration found, in brief, and where its report is.")
          .field("id", "The calibration's id.")
          .field("cohortId", "The SHA-256 of the cohort fitted.")
          .field("method", "The method used.")
          .field("pricePerPoint", "The overall fitted price per point (pounds a week).")
          .field("rSquared", "R squared of the overall fit, around the mean cost.")
          .field(
              "within10", "Share of people whose fitted figure is within 10% of their actual cost.")
          .field(
              "within20", "Share of people whose fitted figure is within 20% of their actual cost.")
          .field("peopleFitted", "People in the fit (after any set aside).")
          .field("setAside", "People set aside as outliers (the report says who and why).")
          .field("linesNotUsed", "Cohort lines not used (the problems report says why).")
          .field("draftVersion", "The draft version written, when one was asked for.")
          .field("draftCasesPassed", "Whether the draft's own cases passed.")
          .field("notes", "Warnings about the draft's scenario comparison.")
          .field("reports", "The addresses of the full report: json, html, residuals, problems.");

  private CalibrationSchemaDescriptions() {}
}
