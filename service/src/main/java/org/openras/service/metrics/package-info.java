/**
 * What operations staff watch (Prometheus at {@code /actuator/prometheus}): how many calculations
 * were answered, refused or failed, how long they took, and which rule-set versions are loaded. No
 * metric carries anything about a person.
 */
package org.openras.service.metrics;
