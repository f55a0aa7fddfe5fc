/**
 * Bad input, generated: malformed and extreme requests for a calculation, as a careless or hostile
 * client might send them. Each must be refused as a problem detail the caller can read, never as a
 * server fault, and must leave the audit trail exactly as it was.
 */
package org.openras.service.fuzz;
