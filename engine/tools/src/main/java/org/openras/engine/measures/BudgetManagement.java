package org.openras.engine.measures;

/**
 * How a person's support is arranged and its budget managed, in the categories of the national
 * returns (SALT LTS001b / LTS003 columns; Client Level Data delivery mechanism), plus the
 * individual service fund, which councils record separately and the national return does not.
 */
public enum BudgetManagement {
  DIRECT_PAYMENT("a direct payment", "Direct payment only"),
  PART_DIRECT_PAYMENT("part direct payment", "Part direct payment"),
  MANAGED_PERSONAL_BUDGET("a council-managed personal budget", "Council-managed personal budget"),
  INDIVIDUAL_SERVICE_FUND("an individual service fund", "Individual service fund"),
  NO_PERSONAL_BUDGET(
      "support the council arranges, without a personal budget", "No personal budget");

  private final String words;
  private final String title;

  BudgetManagement(String words, String title) {
    this.words = words;
    this.title = title;
  }

  /** As it reads in a sentence: "has a direct payment". */
  public String words() {
    return words;
  }

  /** As a heading or a column title. */
  public String title() {
    return title;
  }

  /** True for a direct payment, in whole or in part. */
  public boolean isDirectPayment() {
    return this == DIRECT_PAYMENT || this == PART_DIRECT_PAYMENT;
  }
}
