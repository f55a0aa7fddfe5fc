package org.openras.engine.directpayment;

import java.time.LocalDate;
import org.openras.engine.money.Money;

/**
 * One outstanding commitment of the account: an invoice, wages or another liability not yet paid at
 * the end of the period.
 *
 * @param kind what it is
 * @param amount how much is owed
 * @param relatesTo the last day of the care or work it pays for; absent, the last day of the
 *     entitlement in the period (its end, or the date of death within it)
 */
public record Commitment(CommitmentKind kind, Money amount, LocalDate relatesTo) {}
