/**
 * Finance scenarios over HTTP: caseloads uploaded or generated (kept by their SHA-256), and
 * scenario jobs run in the background with progress, an estimate of the time left, cancelling, and
 * reports to download. The modelling itself is the engine's (org.openras.engine.scenario).
 *
 * <p>The finance officer's scenario pages ({@code ScenarioPages}, docs/adr/0015) start scenarios
 * and budget envelopes from their forms ({@code ScenarioForm}, {@code EnvelopeForm}) and show
 * progress and reports; {@code CaseloadForm} is the caseload choice (generate, upload, kept) that
 * the calibration form extends.
 */
package org.openras.service.scenario;
