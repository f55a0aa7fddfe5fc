package org.openras.engine.directpayment;

/**
 * One commitment the account does not meet: for a holder who has died, care or work after the date
 * of death, when the entitlement had ended.
 */
public final class CommitmentNotMet extends DirectPaymentAmount {
  private final CommitmentItem item;

  public CommitmentNotMet(CommitmentItem item) {
    super(item.getAmount());
    this.item = item;
  }

  public CommitmentItem getItem() {
    return item;
  }

  @Override
  public String figureName() {
    return "commitmentNotMet";
  }
}
