package org.openras.engine.request;

import java.time.LocalDate;

/**
 * The person's household as the Minimum Income Guarantee needs it (Charging Regulations 2014 reg 7:
 * single, lone parent or member of a couple; dependent children in the household).
 *
 * @param type single, lone parent or couple; absent means single
 * @param dependentChildren dependent children in the household; absent means none
 * @param partnerDateOfBirth for a couple: the partner's date of birth (the couple rate depends on
 *     whether either has reached pension credit qualifying age)
 */
public record Household(
    HouseholdType type, Integer dependentChildren, LocalDate partnerDateOfBirth) {

  public static final Household SINGLE = new Household(HouseholdType.SINGLE, 0, null);

  public Household {
    type = type == null ? HouseholdType.SINGLE : type;
    dependentChildren = dependentChildren == null ? 0 : dependentChildren;
  }

  /** The household types the MIG distinguishes. */
  public enum HouseholdType {
    SINGLE,
    LONE_PARENT,
    COUPLE
  }
}
