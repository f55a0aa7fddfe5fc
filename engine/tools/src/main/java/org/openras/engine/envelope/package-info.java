/**
 * The budget envelope (issue 8): a finance officer's annual spending target, less a contingency,
 * and the affordability factor that brings a caseload's net council cost over a financial year to
 * it without going over. The lever is the adjustments area's {@code affordabilityFactor}, which
 * multiplies every uplifted indicative budget while an adjustments version is in force; the factor
 * is found by Commons Math root finding over a cached model of the caseload, then checked by
 * costing the caseload through the engine at the chosen factor, with the winners and losers it
 * creates against a factor of 1.
 */
package org.openras.engine.envelope;
