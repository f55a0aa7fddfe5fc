package org.openras.engine.request;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.openras.engine.money.Money;

/**
 * The person's own finances for a community-care financial assessment (Care Act 2014 s.17, the
 * Charging Regulations 2014). Only the cared-for person's resources are assessed; income received
 * as one of a couple starts from an equal share (statutory guidance Annex C para 5), so the caller
 * gives the person's share.
 *
 * @param capital savings and investments (the person's share)
 * @param otherProperty the person's share of property other than the main or only home (counted)
 * @param mainHome the value of the main or only home (disregarded for care outside a care home)
 * @param weeklyIncome weekly amount by income type (types listed in the rule set's parameters)
 * @param housingCosts weekly housing costs and the help received towards them
 * @param disabilityRelatedExpenditure itemised weekly disability-related expenditure, by item
 * @param nightCareProvided whether the council arranges care at night (decides the night-care
 *     disregard some councils give)
 */
public record Finances(
    Money capital,
    Money otherProperty,
    Money mainHome,
    Map<String, Money> weeklyIncome,
    HousingCosts housingCosts,
    Map<String, Money> disabilityRelatedExpenditure,
    Boolean nightCareProvided) {

  public Finances {
    capital = capital == null ? Money.ZERO : capital;
    otherProperty = otherProperty == null ? Money.ZERO : otherProperty;
    mainHome = mainHome == null ? Money.ZERO : mainHome;
    weeklyIncome = weeklyIncome == null ? Map.of() : ordered(weeklyIncome);
    housingCosts = housingCosts == null ? HousingCosts.NONE : housingCosts;
    disabilityRelatedExpenditure =
        disabilityRelatedExpenditure == null ? Map.of() : ordered(disabilityRelatedExpenditure);
    nightCareProvided = nightCareProvided != null && nightCareProvided;
  }

  // Sorted by key, so the same finances give the same calculation and trace whatever order the
  // caller wrote them in (a replay reads the canonical, key-sorted request); keeps any null value,
  // which validation names.
  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new TreeMap<>(map));
  }
}
