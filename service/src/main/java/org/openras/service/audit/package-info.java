/**
 * The audit trail (DESIGN.md §6): every figure given about a person is recorded, and committed
 * before the answer is given, with who asked, the exact request, the exact result and the rule-set
 * versions and hashes used, so that years later the council can show what was calculated and
 * reproduce it. Records are append-only and hash-chained: a changed, removed or inserted record
 * breaks the chain, and verification names the first broken record. The records are also the leaves
 * of a Merkle tree with signed checkpoints kept outside the database (docs/adr/0009, the {@code
 * merkle} package): a chain rewritten end to end, or cut short, is named against them, and each
 * record has an inclusion proof that can be checked without the service.
 *
 * <p>The auditor's pages ({@code AuditPages}, docs/adr/0015): look a record up, check its hash,
 * replay it, show its inclusion proof and verify the chain.
 */
package org.openras.service.audit;
