package org.openras.engine.measures;

/** Which people of the register a measure counts in a period. */
public enum Counting {
  /** People whose support is open on the period's last day (a year-end snapshot in SALT). */
  AT_PERIOD_END,
  /** People whose support is open on any day of the period ("in the year" in SALT and CLD). */
  DURING_PERIOD
}
