package org.openras.engine.contribution;

import org.openras.engine.money.Money;

/**
 * The council's local options, as a fact the typed rules match (contributions 2026-04-06-staged on,
 * docs/adr/0012): {@code Council(setsChargeableShare)} where earlier versions wrote {@code
 * eval(ctx.hasLocal("chargeableShare"))}. One is inserted in every assessment; with no council
 * overlay in force every option is off. An option only says whether the council sets something; the
 * amounts are read in the rule's action, through {@code ctx}, and recorded there. The two options
 * that compare an amount ({@link #localMigAbove}, {@link #chargeBelowMinimum}) read the council's
 * amount when it sets one, as the earlier versions' conditions did.
 */
public final class Council {
  private final ContributionContext ctx;

  public Council(ContributionContext ctx) {
    this.ctx = ctx;
  }

  /** The council sets a local lower or upper capital limit. */
  public boolean isSetsLocalCapitalLimits() {
    return ctx.hasLocal("localLowerCapitalLimit") || ctx.hasLocal("localUpperCapitalLimit");
  }

  /**
   * The council chooses to disregard the night-care difference ({@link
   * ContributionContext#disregardsNightCareDifference}); its choice is recorded when read.
   */
  public boolean isDisregardsNightCareDifference() {
    return ctx.disregardsNightCareDifference();
  }

  /**
   * The council disregards the night-care difference for this person: a condition on the person, so
   * that the choice is read only when a rule reaches a person it concerns.
   */
  public boolean disregardsNightCareDifferenceFor(FinancialAssessment person) {
    return person != null && ctx.disregardsNightCareDifference();
  }

  /** The council raises the MIG by a percentage. */
  public boolean isUpliftsMigByPercentage() {
    return ctx.hasLocal("migUpliftPercent");
  }

  /** The council adds a flat amount to the MIG. */
  public boolean isUpliftsMigByAmount() {
    return ctx.hasLocal("migUpliftAmount");
  }

  /** The council has its own MIG for the category and it is higher than {@code mig}. */
  public boolean localMigAbove(String category, Money mig) {
    return ctx.hasLocal("localMig", category)
        && ctx.localMoney("localMig", category).isGreaterThan(mig);
  }

  /** The council sets a standard disability-related expenditure allowance. */
  public boolean isSetsStandardDreAllowance() {
    return ctx.hasLocal("standardDreAllowance");
  }

  /** The council charges a share of disposable income rather than all of it. */
  public boolean isSetsChargeableShare() {
    return ctx.hasLocal("chargeableShare");
  }

  /** The council sets a minimum weekly charge and {@code charge} is below it. */
  public boolean chargeBelowMinimum(Money charge) {
    return ctx.hasLocal("minimumWeeklyCharge")
        && charge.isLessThan(ctx.localMoney("minimumWeeklyCharge"));
  }
}
