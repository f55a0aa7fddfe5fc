package org.openras.engine.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.Finances;
import org.openras.engine.request.PersonDetails;
import org.openras.engine.request.PrimarySupportReason;

/**
 * A young person known to children's services, expected to need adult care and support when they
 * turn 18 (Care Act 2014 ss.58-66, transition assessments).
 *
 * @param personRef a pseudonymous reference, never a name
 * @param dateOfBirth date of birth
 * @param group the expected client group
 * @param needs the expected answer level per questionnaire domain, as a calculation request holds
 * @param informalSupport the expected share of each domain's need met by unpaid carers (optional)
 * @param councilRef the council whose contribution options apply (optional)
 * @param finances expected finances (optional; without them the contribution is zero)
 */
public record YoungPerson(
    String personRef,
    LocalDate dateOfBirth,
    PrimarySupportReason group,
    Map<String, Integer> needs,
    Map<String, BigDecimal> informalSupport,
    String councilRef,
    Finances finances) {

  public YoungPerson {
    Objects.requireNonNull(personRef, "personRef");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(needs, "needs");
    informalSupport = informalSupport == null ? Map.of() : informalSupport;
  }

  /**
   * The day they turn 18: the same day and month 18 years on (a 29 February birthday arrives on 28
   * February in a year that has none, as {@link LocalDate#plusYears} gives).
   */
  public LocalDate arrival() {
    return dateOfBirth.plusYears(18);
  }

  /** The month they arrive in adult services. */
  public YearMonth arrivalMonth() {
    return YearMonth.from(arrival());
  }

  /** Their expected adult needs as a calculation on {@code date}, with the rules in force then. */
  CalculationRequest request(LocalDate date) {
    return new CalculationRequest(
        personRef,
        date,
        new PersonDetails(dateOfBirth, group),
        needs,
        informalSupport,
        Map.of(),
        councilRef,
        finances,
        null,
        null,
        null);
  }
}
