/**
 * Import of a council's own caseload from a CSV export: a column-mapping file says which of the
 * council's columns holds each OpenRAS field, and how its codes (such as the Client Level Data
 * primary support reasons) translate. Bad rows are reported by line and reason, never dropped
 * silently.
 */
package org.openras.seeds.importer;
