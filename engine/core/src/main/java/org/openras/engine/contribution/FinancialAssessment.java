package org.openras.engine.contribution;

import java.time.LocalDate;
import org.openras.engine.money.Money;

/**
 * The person's circumstances as the charging rules see them: ages, household, capital, housing
 * costs and itemised disability-related expenditure. Income comes in as {@link IncomeItem}s.
 */
public final class FinancialAssessment {
  private final LocalDate dateOfBirth;
  private final String household;
  private final LocalDate partnerDateOfBirth;
  private final int dependentChildren;
  private final Money capital;
  private final Money otherProperty;
  private final Money mainHome;
  private final boolean nightCareProvided;
  private final Money housingCosts;
  private final Money housingHelp;
  private final Money itemisedDre;
  private final int dreItems;

  @SuppressWarnings("checkstyle:ParameterNumber") // one field per input, named
  public FinancialAssessment(
      LocalDate dateOfBirth,
      String household,
      LocalDate partnerDateOfBirth,
      int dependentChildren,
      Money capital,
      Money otherProperty,
      Money mainHome,
      boolean nightCareProvided,
      Money housingCosts,
      Money housingHelp,
      Money itemisedDre,
      int dreItems) {
    this.dateOfBirth = dateOfBirth;
    this.household = household;
    this.partnerDateOfBirth = partnerDateOfBirth;
    this.dependentChildren = dependentChildren;
    this.capital = capital;
    this.otherProperty = otherProperty;
    this.mainHome = mainHome;
    this.nightCareProvided = nightCareProvided;
    this.housingCosts = housingCosts;
    this.housingHelp = housingHelp;
    this.itemisedDre = itemisedDre;
    this.dreItems = dreItems;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  /** SINGLE, LONE_PARENT or COUPLE. */
  public String getHousehold() {
    return household;
  }

  /** A single person: {@code FinancialAssessment(single)} in the typed rules. */
  public boolean isSingle() {
    return "SINGLE".equals(household);
  }

  /** A lone parent. */
  public boolean isLoneParent() {
    return "LONE_PARENT".equals(household);
  }

  /** A member of a couple. */
  public boolean isCouple() {
    return "COUPLE".equals(household);
  }

  public LocalDate getPartnerDateOfBirth() {
    return partnerDateOfBirth;
  }

  public int getDependentChildren() {
    return dependentChildren;
  }

  public Money getCapital() {
    return capital;
  }

  public Money getOtherProperty() {
    return otherProperty;
  }

  public Money getMainHome() {
    return mainHome;
  }

  public boolean isNightCareProvided() {
    return nightCareProvided;
  }

  /** Weekly housing costs before help. */
  public Money getHousingCosts() {
    return housingCosts;
  }

  /** Weekly housing benefit and council tax reduction. */
  public Money getHousingHelp() {
    return housingHelp;
  }

  public Money getItemisedDre() {
    return itemisedDre;
  }

  public int getDreItems() {
    return dreItems;
  }

  /** The person's age in whole years on {@code date}. */
  public int ageOn(LocalDate date) {
    return java.time.Period.between(dateOfBirth, date).getYears();
  }
}
