package org.openras.engine.request;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openras.engine.money.Money;

/**
 * Weekly housing costs allowed in a community-care assessment and the help received towards them
 * (rent and mortgage net of housing benefit, council tax net of reduction, ground rent, service
 * charges, home insurance, secured loans for repairs: St Helens, West Sussex, Bath and NE Somerset
 * policies; Care and Support Statutory Guidance Annex C). Absent amounts are zero.
 */
public record HousingCosts(
    Money rent,
    Money mortgage,
    Money councilTax,
    Money groundRent,
    Money serviceCharges,
    Money homeInsurance,
    Money securedLoanForRepairs,
    Money housingBenefit,
    Money councilTaxReduction) {

  public static final HousingCosts NONE =
      new HousingCosts(null, null, null, null, null, null, null, null, null);

  /** The costs by field name, absent ones left out. */
  public Map<String, Money> costs() {
    Map<String, Money> out = new LinkedHashMap<>();
    put(out, "rent", rent);
    put(out, "mortgage", mortgage);
    put(out, "councilTax", councilTax);
    put(out, "groundRent", groundRent);
    put(out, "serviceCharges", serviceCharges);
    put(out, "homeInsurance", homeInsurance);
    put(out, "securedLoanForRepairs", securedLoanForRepairs);
    return out;
  }

  /** The help towards the costs by field name, absent ones left out. */
  public Map<String, Money> help() {
    Map<String, Money> out = new LinkedHashMap<>();
    put(out, "housingBenefit", housingBenefit);
    put(out, "councilTaxReduction", councilTaxReduction);
    return out;
  }

  private static void put(Map<String, Money> out, String name, Money amount) {
    if (amount != null) {
      out.put(name, amount);
    }
  }
}
