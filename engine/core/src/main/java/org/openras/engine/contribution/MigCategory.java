package org.openras.engine.contribution;

/**
 * The person's Minimum Income Guarantee category (reg 7): the key of the personal amount, whether
 * the person (or, in a couple, either partner) has reached pension credit qualifying age, and the
 * key of the household for premiums (SINGLE or COUPLE).
 */
public final class MigCategory {
  private final String personalAmountKey;
  private final boolean pensionAge;
  private final String premiumKey;

  public MigCategory(String personalAmountKey, boolean pensionAge, String premiumKey) {
    this.personalAmountKey = personalAmountKey;
    this.pensionAge = pensionAge;
    this.premiumKey = premiumKey;
  }

  public String getPersonalAmountKey() {
    return personalAmountKey;
  }

  public boolean isPensionAge() {
    return pensionAge;
  }

  public String getPremiumKey() {
    return premiumKey;
  }
}
