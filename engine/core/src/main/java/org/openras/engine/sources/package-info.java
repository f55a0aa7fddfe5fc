/**
 * The bibliography of the rules ({@code rules/sources.yaml}): every document a rule's
 * {@code @source} or a parameter's reference cites, once, by id, and the free-text citations of
 * versions published before it, mapped to ids. Resolves a citation to its documents for
 * explanations and for the validator; the engine's results keep the citation text as written.
 */
package org.openras.engine.sources;
