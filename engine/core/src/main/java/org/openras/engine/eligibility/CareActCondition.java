package org.openras.engine.eligibility;

/**
 * One of the three conditions of the Care Act eligibility test, for the adult (SI 2015/313 reg
 * 2(1)(a) to (c)) and for the carer (reg 3(1)(a) to (c)), numbered as results show them. Rules
 * written in named stages (docs/adr/0016) match and make {@link ConditionFinding}s by this type
 * rather than by the strings "1", "2" and "3".
 */
public enum CareActCondition {
  /** Reg 2(1)(a) or 3(1)(a): the needs arise from an impairment or illness, or from caring. */
  ONE("1"),
  /** Reg 2(1)(b) or 3(1)(b): the outcomes out of reach (or, for a carer, health at risk). */
  TWO("2"),
  /** Reg 2(1)(c) or 3(1)(c): as a consequence, a significant impact on wellbeing. */
  THREE("3");

  private final String code;

  CareActCondition(String code) {
    this.code = code;
  }

  /** The number results show for the condition: {@code 1}, {@code 2} or {@code 3}. */
  public String code() {
    return code;
  }

  /** The condition numbered {@code code}, or null (a FACS finding is about the threshold). */
  static CareActCondition of(String code) {
    for (CareActCondition c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    return null;
  }
}
