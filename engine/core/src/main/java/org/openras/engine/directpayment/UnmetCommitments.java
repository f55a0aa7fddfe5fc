package org.openras.engine.directpayment;

import org.openras.engine.money.Money;

/** Commitments the closing balance cannot meet: the council must see that they are paid. */
public final class UnmetCommitments extends DirectPaymentAmount {
  public UnmetCommitments(Money amount) {
    super(amount);
  }

  @Override
  public String figureName() {
    return "unmetCommitments";
  }
}
