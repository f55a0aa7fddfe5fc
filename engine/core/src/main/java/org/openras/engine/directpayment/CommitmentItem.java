package org.openras.engine.directpayment;

import java.time.LocalDate;
import org.openras.engine.money.Money;

/** One outstanding commitment as the rules match it, numbered in the order the request gave it. */
public final class CommitmentItem {
  private final int index;
  private final Commitment commitment;
  private final LocalDate lastDay;

  CommitmentItem(int index, Commitment commitment, LocalDate lastDay) {
    this.index = index;
    this.commitment = commitment;
    this.lastDay = lastDay;
  }

  public int getIndex() {
    return index;
  }

  public CommitmentKind getKind() {
    return commitment.kind();
  }

  public Money getAmount() {
    return commitment.amount();
  }

  /**
   * The last day of the care or work it pays for; when not given, the last day of the entitlement
   * in the period (its end, or the date of death within it).
   */
  public LocalDate getRelatesTo() {
    return commitment.relatesTo() != null ? commitment.relatesTo() : lastDay;
  }

  /** True for notice, redundancy and holiday pay, met whatever day they are paid for. */
  public boolean isArisingOnEnding() {
    return commitment.kind().arisesOnEnding();
  }

  /** True when the care or work it pays for ends after {@code day}. */
  public boolean relatesToAfter(LocalDate day) {
    return day != null && getRelatesTo().isAfter(day);
  }

  /** How the explanation names it. */
  public String label() {
    return "commitments[" + index + "] " + commitment.kind();
  }
}
