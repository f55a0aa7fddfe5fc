package org.openras.engine.measures;

/** Why a person of the register is not in a measure's denominator. */
public enum Exclusion {
  NOT_SUPPORTED_IN_PERIOD("no support open in the period"),
  UNDER_MINIMUM_AGE("younger than the measure counts"),
  SETTING_NOT_COUNTED("in a setting the measure does not count"),
  MANAGEMENT_NOT_COUNTED("support the measure does not count");

  private final String words;

  Exclusion(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
