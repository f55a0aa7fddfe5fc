/**
 * The audit trail as a verifiable log, in the manner of Certificate Transparency (RFC 9162 §2.1;
 * docs/adr/0009-verifiable-audit-log.md): a Merkle tree over the audit records, signed checkpoints
 * of it in the C2SP signed-note format, and inclusion and consistency proofs. Nothing here touches
 * the database or Spring, so the offline verifier ({@link
 * org.openras.service.audit.merkle.ProofCommand}) runs with the public key and files alone.
 */
package org.openras.service.audit.merkle;
