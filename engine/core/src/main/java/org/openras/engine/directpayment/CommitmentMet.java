package org.openras.engine.directpayment;

/** One commitment the account meets before any surplus is worked out. */
public final class CommitmentMet extends DirectPaymentAmount {
  private final CommitmentItem item;

  public CommitmentMet(CommitmentItem item) {
    super(item.getAmount());
    this.item = item;
  }

  public CommitmentItem getItem() {
    return item;
  }

  @Override
  public String figureName() {
    return "commitmentMet";
  }
}
