package org.openras.engine.contribution;

import java.time.LocalDate;

/**
 * The assessment date and the national figures that depend on it, as a fact the typed rules match
 * (contributions 2026-04-06-staged on, docs/adr/0012): {@code
 * ChargingYear(pensionCreditAge($a.dateOfBirth))} where earlier versions wrote {@code
 * eval(ctx.pensionCreditAge($a.getDateOfBirth()))}. A figure it reads is recorded, as through
 * {@code ctx}.
 */
public final class ChargingYear {
  private final ContributionContext ctx;

  public ChargingYear(ContributionContext ctx) {
    this.ctx = ctx;
  }

  public LocalDate getDate() {
    return ctx.getDate();
  }

  /** True when a person born on {@code dateOfBirth} has reached pension credit qualifying age. */
  public boolean pensionCreditAge(LocalDate dateOfBirth) {
    return ctx.pensionCreditAge(dateOfBirth);
  }

  /** The person's age in whole years on the assessment date. */
  public int ageOf(FinancialAssessment person) {
    return person.ageOn(ctx.getDate());
  }

  /** The age from which the higher personal amount applies ({@code migHigherRateAge}, 25). */
  public int getMigHigherRateAge() {
    return ctx.decimal("migHigherRateAge").intValueExact();
  }
}
