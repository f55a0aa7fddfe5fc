/**
 * The RAS arithmetic written directly in plain Java: the practical limit an engine run is measured
 * against. Points per answer, the unpaid-support deflator, the price per point for the primary
 * support reason, the floor, the panel ceiling and the annual figure, from the same
 * questionnaire.yaml and parameters.yaml the rules read. Kept here, never used by the engine: a
 * differential test proves it gives the engine's figures, so the comparison is honest.
 */
package org.openras.benchmarks.reference;
