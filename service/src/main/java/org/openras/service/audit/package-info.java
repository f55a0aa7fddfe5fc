/**
 * The audit trail (DESIGN.md §6): every figure given about a person is recorded, and committed
 * before the answer is given, with who asked, the exact request, the exact result and the rule-set
 * versions and hashes used, so that years later the council can show what was calculated and
 * reproduce it. Records are append-only and hash-chained: a changed, removed or inserted record
 * breaks the chain, and verification names the first broken record.
 */
package org.openras.service.audit;
