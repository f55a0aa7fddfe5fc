/**
 * RAS re-calibration over HTTP (FINANCE role): fit the price per point to a kept cohort's actual
 * plan costs, read the fit report, and optionally write a draft RAS version that is validated by
 * its own cases and compared by scenario. The fitting is the engine's
 * (org.openras.engine.calibration).
 *
 * <p>The finance officer's calibration pages ({@code CalibrationPages}, {@code CalibrationForm},
 * docs/adr/0015) run a calibration and show its fit report.
 */
package org.openras.service.calibration;
