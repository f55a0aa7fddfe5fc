package org.openras.engine.contribution;

import org.openras.engine.catalogue.InvalidRuleSetException;

/**
 * How the regulations treat an income type, as a version's {@code incomeTreatment} parameter gives
 * it ({@code counted}, {@code earnings}, ...). The typed rules match {@code IncomeItem(treatedAs ==
 * IncomeTreatment.COUNTED)} rather than the parameter's text.
 */
public enum IncomeTreatment {
  /** Counted in full. */
  COUNTED("counted"),
  /** Earnings from employment: disregarded in full. */
  EARNINGS("earnings"),
  /** The mobility component of DLA or PIP: disregarded in full. */
  MOBILITY("mobility"),
  /** An Armed Forces Compensation Scheme guaranteed income payment: disregarded in full. */
  AFCS_GIP("afcs-gip"),
  /** Child tax credit and child benefit: disregarded in full. */
  CHILD_BENEFITS("child-benefits"),
  /** A war pension: disregarded in full. */
  WAR_PENSION("war-pension"),
  /** Savings credit: disregarded up to the household's maximum. */
  SAVINGS_CREDIT("savings-credit"),
  /** A higher-rate care benefit: counted, less the night-care difference where chosen. */
  HIGHER_RATE_CARE("higher-rate-care");

  private final String parameterValue;

  IncomeTreatment(String parameterValue) {
    this.parameterValue = parameterValue;
  }

  /** The value the {@code incomeTreatment} parameter writes. */
  public String parameterValue() {
    return parameterValue;
  }

  /** The treatment a parameter value names, or null when it names none. */
  public static IncomeTreatment fromParameter(String value) {
    for (IncomeTreatment t : values()) {
      if (t.parameterValue.equals(value)) {
        return t;
      }
    }
    return null;
  }

  /**
   * The treatment of an income type; a value no treatment has is a fault of the rule set (the
   * income would otherwise be silently left out), never a silent zero.
   */
  static IncomeTreatment of(String type, String value) {
    IncomeTreatment t = fromParameter(value);
    if (t == null) {
      throw new InvalidRuleSetException(
          "incomeTreatment." + type,
          "the treatment '" + value + "' is none of the treatments the rules know");
    }
    return t;
  }
}
