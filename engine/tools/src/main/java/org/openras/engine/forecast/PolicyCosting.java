package org.openras.engine.forecast;

import java.time.LocalDate;
import java.util.List;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.request.CalculationRequest;

/**
 * What one policy choice makes of a forecast's inputs: the reference caseload re-priced year by
 * year ({@link RulePricing}) and the young people costed ({@link Transitions}), both under the
 * choice. The engine and inputs are kept for the budget envelope ({@link YearEnvelopes}).
 */
public final class PolicyCosting {
  private final PolicyChoice choice;
  private final OpenRasEngine engine;
  private final List<CalculationRequest> reference;
  private final List<YoungPerson> cohort;
  private final RulePricing pricing;
  private final Transition.Cohort transitions;

  private PolicyCosting(
      PolicyChoice choice,
      OpenRasEngine engine,
      List<CalculationRequest> reference,
      List<YoungPerson> cohort,
      RulePricing pricing,
      Transition.Cohort transitions) {
    this.choice = choice;
    this.engine = engine;
    this.reference = reference;
    this.cohort = cohort;
    this.pricing = pricing;
    this.transitions = transitions;
  }

  /**
   * Costs a choice.
   *
   * @param engine the choice's rules (its folder, which may hold a draft the choice pins)
   * @param asToday the rules the history was costed under, as they are, for the base date; the same
   *     for both choices, so the two differ only by what each choice changes
   * @param reference people with their needs (may be empty: every rules factor is then 1)
   * @param base the date the history's cost per person stands for
   * @param cohort the young people arriving from children's services (may be empty)
   */
  public static PolicyCosting of(
      PolicyChoice choice,
      OpenRasEngine engine,
      OpenRasEngine asToday,
      List<CalculationRequest> reference,
      LocalDate base,
      List<YoungPerson> cohort,
      ForecastSpec spec) {
    RulePricing pricing =
        reference.isEmpty()
            ? RulePricing.none()
            : RulePricing.of(engine, choice.side(), asToday, reference, base, spec);
    Transition.Cohort transitions =
        cohort.isEmpty()
            ? new Transition.Cohort(List.of(), List.of())
            : Transitions.cost(engine, cohort, spec, choice.side());
    return new PolicyCosting(
        choice, engine, List.copyOf(reference), List.copyOf(cohort), pricing, transitions);
  }

  public PolicyChoice choice() {
    return choice;
  }

  public RulePricing pricing() {
    return pricing;
  }

  public Transition.Cohort transitions() {
    return transitions;
  }

  OpenRasEngine engine() {
    return engine;
  }

  List<CalculationRequest> reference() {
    return reference;
  }

  List<YoungPerson> cohort() {
    return cohort;
  }
}
