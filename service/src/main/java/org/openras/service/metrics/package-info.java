/**
 * What operations staff watch (Prometheus at {@code /actuator/prometheus}): how many calculations
 * were answered, refused or failed, how long they took, and which rule-set versions are loaded. The
 * audit trail's meters are {@code audit.AuditMetrics}, the 401/403 counter {@code
 * security.RefusalMetrics}; all are listed in service/README.md, "Operations" (docs/adr/0020). No
 * metric carries anything about a person.
 */
package org.openras.service.metrics;
