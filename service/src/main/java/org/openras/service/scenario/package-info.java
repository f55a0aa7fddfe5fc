/**
 * Finance scenarios over HTTP: caseloads uploaded or generated (kept by their SHA-256), and
 * scenario jobs run in the background with progress, an estimate of the time left, cancelling, and
 * reports to download. The modelling itself is the engine's (org.openras.engine.scenario).
 */
package org.openras.service.scenario;
