/**
 * Re-calibration of the RAS from what care really costs (docs/calibration.md, DESIGN.md §4): a
 * calibration cohort (people's points, primary support reason and the actual weekly cost of their
 * agreed support plan) is fitted by the ratio method or by least squares, the fit is reported
 * (coefficients, R², residuals, tolerance shares, outliers, an 80% prediction interval), and the
 * chosen prices are written as a <em>draft</em> RAS version that a policy officer can validate,
 * compare by scenario, and publish or discard. Doubles are used only inside the fitting maths; the
 * prices written to the draft are rounded to whole pence, half up. The methods and formulas are
 * documented in {@code docs/calibration.md}.
 */
package org.openras.engine.calibration;
