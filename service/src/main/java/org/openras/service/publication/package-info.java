/**
 * Publishing rule-set versions (issue 10, docs/adr/0004): the hash-chained publication log and the
 * published versions' files in the database, each version's state (draft, published, scheduled,
 * withdrawn) by the service's clock, the set every instance serves (published versions whose
 * effective date has come), live reload of that set without a restart, and its health. The workflow
 * ({@link org.openras.service.publication.Publications}) and the serving side ({@link
 * org.openras.service.publication.LiveReload}) are apart (docs/adr/0014).
 */
package org.openras.service.publication;
