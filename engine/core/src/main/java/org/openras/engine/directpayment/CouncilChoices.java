package org.openras.engine.directpayment;

/**
 * The council's choices as a fact the rules match (as contributions' {@code Council},
 * docs/adr/0012): {@code CouncilChoices(belowDeMinimis($s))}. Each condition names the fact it is
 * about, so a choice is read, and recorded in the result, only when a rule reaches an account it
 * concerns.
 */
public final class CouncilChoices {
  private final DirectPaymentContext ctx;

  public CouncilChoices(DirectPaymentContext ctx) {
    this.ctx = ctx;
  }

  /** The surplus is below the de-minimis amount. */
  public boolean belowDeMinimis(Surplus surplus) {
    return surplus.getAmount().isLessThan(ctx.getDeMinimis());
  }

  /** Unpaid contributions are collected as well as the surplus (not instead of it). */
  public boolean contributionsRecoveredAsWell(ContributionShortfall shortfall) {
    return shortfall != null && ctx.isContributionsRecoveredAsWell();
  }

  /** A deceased holder's own contributions are returned to the estate (not recovered). */
  public boolean ownContributionsReturnedToEstate(Account account) {
    return account != null && ctx.isOwnContributionsReturnedToEstate();
  }
}
