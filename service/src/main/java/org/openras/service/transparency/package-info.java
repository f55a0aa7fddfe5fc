/**
 * A transparency record per published rule-set version (issue 23, docs/adr/0028): the engine's
 * {@code TransparencyRecord} (what the version decides, its rules and figures with their sources,
 * its cases) and what only the service knows: who proposed and approved it, when it was published,
 * the review approved and the impact measured. As JSON ({@code TransparencyController}) and as a
 * page ({@code TransparencyPages}).
 */
package org.openras.service.transparency;
