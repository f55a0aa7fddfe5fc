/**
 * A RAS design without intermediate facts for the answers, measured against the engine's
 * (docs/adr/0033): the same version folder ({@code ras/2025-04-01}) with its rules rewritten so
 * each answer's points are kept by the DRL global {@code ctx} ({@link
 * org.openras.benchmarks.design.DesignContext}) instead of {@code DomainPoints} and {@code
 * DeflatedPoints} facts, run by the engine's own area runner. The explanation is still written by
 * each rule through the context, line for line the engine's; a differential test proves result,
 * explanation and parameter reads the same. Never used by the engine.
 */
package org.openras.benchmarks.design;
