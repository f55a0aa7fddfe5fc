package org.openras.service.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openras.engine.envelope.EnvelopeSpec;
import org.openras.engine.money.Money;
import org.openras.engine.params.Overrides;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.request.RequestChecks;
import org.openras.engine.scenario.FinancialYear;
import org.openras.engine.scenario.ScenarioSide;
import org.openras.engine.scenario.ScenarioSpec;

/**
 * A scenario to run: a caseload (kept, by id, or generated), a baseline and a candidate, and the
 * weekly loss above which people are listed by name.
 */
public record ScenarioRequest(
    String title,
    CaseloadChoice caseload,
    Side baseline,
    Side candidate,
    Money lossThreshold,
    Integer financialYear,
    Envelope envelope) {

  public static final long MAX_GENERATED = 1_000_000;

  /** Exactly one of {@code id} (an uploaded or earlier caseload) and {@code generate}. */
  public record CaseloadChoice(String id, Generate generate) {}

  /** A synthetic caseload from the seeded generator (seeds/README.md documents it). */
  public record Generate(Long people, Long seed, Boolean finances) {}

  /**
   * One side: the date every person is calculated on (null: each request's own date), versions
   * pinned by area, and parameter overrides such as {@code ras:pricePerPoint*1.03@age>=65}.
   */
  public record Side(LocalDate date, Map<String, String> pins, List<String> overrides) {}

  /**
   * A budget envelope (issue 8): the affordability factor, within [lowest, highest], that brings
   * the caseload's annual net cost over the financial year to the target less the contingency.
   */
  public record Envelope(
      Money targetAnnual, BigDecimal contingency, BigDecimal lowest, BigDecimal highest) {}

  /** The envelope to solve, when asked for; checked with the rest of the request. */
  EnvelopeSpec toEnvelope() {
    if (envelope == null) {
      return null;
    }
    try {
      return new EnvelopeSpec(
          title == null || title.isBlank() ? "Budget envelope" : title,
          financialYear == null ? null : FinancialYear.of(financialYear),
          envelope.targetAnnual(),
          envelope.contingency(),
          envelope.lowest(),
          envelope.highest(),
          lossThreshold);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          List.of(
              new FieldError(
                  financialYear == null ? "financialYear" : "envelope",
                  financialYear == null
                      ? "an envelope is solved over a financial year: give its first year (2025"
                          + " for 2025-04-01 to 2026-03-31)"
                      : e.getMessage())));
    }
  }

  /** Checks every field and builds the engine's scenario, or names every bad field. */
  ScenarioSpec toSpec() {
    List<FieldError> errors = new ArrayList<>();
    checkCaseload(errors);
    ScenarioSide base = side("baseline", baseline, errors);
    ScenarioSide cand = side("candidate", candidate, errors);
    if (financialYear != null && (financialYear < 1990 || financialYear > 2099)) {
      errors.add(
          new FieldError(
              "financialYear", "must be the first year of a financial year, 1990 to 2099"));
    }
    if (lossThreshold != null && lossThreshold.isNegative()) {
      errors.add(new FieldError("lossThreshold", "must not be negative"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return new ScenarioSpec(
        title == null || title.isBlank() ? "Scenario" : title,
        base,
        cand,
        lossThreshold,
        0,
        financialYear == null ? null : FinancialYear.of(financialYear));
  }

  private void checkCaseload(List<FieldError> errors) {
    if (caseload == null || (caseload.id() == null) == (caseload.generate() == null)) {
      errors.add(
          new FieldError(
              "caseload", "give either an 'id' (an uploaded caseload) or 'generate', not both"));
    } else if (caseload.generate() != null) {
      Long people = caseload.generate().people();
      if (people == null || people < 1 || people > MAX_GENERATED) {
        errors.add(
            new FieldError(
                "caseload.generate.people", "must be a number of people from 1 to 1,000,000"));
      }
    }
  }

  private static ScenarioSide side(String name, Side side, List<FieldError> errors) {
    if (side == null) {
      return ScenarioSide.inForceOn(name, null);
    }
    if (side.date() != null
        && (side.date().isBefore(RequestChecks.EARLIEST)
            || side.date().isAfter(RequestChecks.LATEST))) {
      errors.add(
          new FieldError(
              name + ".date",
              "must be between " + RequestChecks.EARLIEST + " and " + RequestChecks.LATEST));
    }
    List<String> texts = side.overrides() == null ? List.of() : side.overrides();
    Overrides overrides = Overrides.NONE;
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i) == null) {
        errors.add(
            new FieldError(
                name + ".overrides[" + i + "]",
                "must be an override such as \"ras:pricePerPoint*1.03@age>=65\", not null"));
        continue;
      }
      try {
        Overrides.parse(List.of(texts.get(i)));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(name + ".overrides[" + i + "]", e.getMessage()));
      }
    }
    if (errors.stream().noneMatch(e -> e.field().startsWith(name + ".overrides"))) {
      overrides = Overrides.parse(texts);
    }
    if (side.pins() != null) {
      side.pins()
          .forEach(
              (area, version) -> {
                if (version == null) {
                  errors.add(
                      new FieldError(
                          name + ".pins." + area, "must be a version such as \"2025-04-01\""));
                }
              });
    }
    return new ScenarioSide(name, side.date(), side.pins(), overrides);
  }
}
