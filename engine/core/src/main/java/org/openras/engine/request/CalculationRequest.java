package org.openras.engine.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.openras.engine.money.Money;

/**
 * One calculation, as DESIGN.md §5 describes it (the parts that exist so far). Areas run when their
 * inputs are present: {@code eligibility} for the eligibility area, {@code needs} for the RAS.
 *
 * @param personRef a pseudonymous reference, never a name
 * @param assessmentDate the date whose rules apply (never the wall clock)
 * @param needs an answer level per questionnaire domain code; empty is read as absent (no RAS)
 * @param informalSupport the share (0 to 1) of a domain's need met by unpaid carers
 * @param ruleSetVersions optional pinned version per area
 * @param councilRef the council whose local options apply (contributions); absent: the deployment's
 *     default council, if any
 * @param finances the person's finances: present, the contributions area runs
 * @param weeklyCostOfCare the agreed plan's weekly cost; absent, the RAS indicative budget is the
 *     cost of care
 * @param eligibility optional eligibility section (Care Act 2014 from 2015-04-01, FACS before)
 * @param previousWeeklyBudget the indicative weekly budget before this reassessment: transitional
 *     protection limits how far the new one may fall below it
 * @param previousAgreedBudgetId the agreed budget (issue 23) this reassessment follows: the service
 *     reads its agreed weekly figure into {@code previousWeeklyBudget}; the engine never looks it
 *     up, and refuses a request that names one without the figure
 */
public record CalculationRequest(
    String personRef,
    LocalDate assessmentDate,
    PersonDetails person,
    Map<String, Integer> needs,
    Map<String, BigDecimal> informalSupport,
    Map<String, String> ruleSetVersions,
    // contributions (issue 5)
    String councilRef,
    Finances finances,
    Money weeklyCostOfCare,
    // eligibility (issue 4)
    EligibilityRequest eligibility,
    // adjustments (issue 8): the budget before reassessment, for transitional protection
    Money previousWeeklyBudget,
    // agreed budgets (issue 23): the agreed budget the previous figure was read from; left out of
    // the JSON when absent, so a request without it records the same text (and hash) as before
    @com.fasterxml.jackson.annotation.JsonInclude(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        UUID previousAgreedBudgetId) {

  public CalculationRequest {
    // Absent and empty mean the same (docs/adr/0023): an empty needs map asks for no RAS.
    needs = needs == null || needs.isEmpty() ? null : ordered(needs);
    informalSupport = informalSupport == null ? Map.of() : ordered(informalSupport);
    ruleSetVersions = ruleSetVersions == null ? Map.of() : ordered(ruleSetVersions);
  }

  // Keeps the caller's order (the explanation follows it) and any null, which validation names.
  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** A request without a previous agreed budget (every request before issue 23). */
  public CalculationRequest(
      String personRef,
      LocalDate assessmentDate,
      PersonDetails person,
      Map<String, Integer> needs,
      Map<String, BigDecimal> informalSupport,
      Map<String, String> ruleSetVersions,
      String councilRef,
      Finances finances,
      Money weeklyCostOfCare,
      EligibilityRequest eligibility,
      Money previousWeeklyBudget) {
    this(
        personRef,
        assessmentDate,
        person,
        needs,
        informalSupport,
        ruleSetVersions,
        councilRef,
        finances,
        weeklyCostOfCare,
        eligibility,
        previousWeeklyBudget,
        null);
  }

  /** This request with the previous weekly budget read from its previous agreed budget. */
  public CalculationRequest withPreviousWeeklyBudget(Money previous) {
    return new CalculationRequest(
        personRef,
        assessmentDate,
        person,
        needs,
        informalSupport,
        ruleSetVersions,
        councilRef,
        finances,
        weeklyCostOfCare,
        eligibility,
        previous,
        previousAgreedBudgetId);
  }

  /** A RAS-only request: no council, finances, cost of care or eligibility section. */
  public CalculationRequest(
      String personRef,
      LocalDate assessmentDate,
      PersonDetails person,
      Map<String, Integer> needs,
      Map<String, BigDecimal> informalSupport,
      Map<String, String> ruleSetVersions) {
    this(
        personRef,
        assessmentDate,
        person,
        needs,
        informalSupport,
        ruleSetVersions,
        null,
        null,
        null,
        null,
        null);
  }

  /** The version pinned for an area, or null to use the one in force on the date. */
  public String pinned(String area) {
    return ruleSetVersions.get(area);
  }
}
