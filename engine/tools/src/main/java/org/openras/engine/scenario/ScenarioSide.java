package org.openras.engine.scenario;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.openras.engine.params.Overrides;

/**
 * One side of a scenario: which rules a caseload is calculated under.
 *
 * @param label a name for reports ("baseline", "candidate: +3% older people")
 * @param date the assessment date every person is calculated on (the versions in force on it
 *     apply); null keeps each request's own date
 * @param pins a version per area, which must cover the date (a draft or an earlier version)
 * @param overrides parameter overrides ({@link Overrides#NONE} for the rules as they are)
 */
public record ScenarioSide(
    String label, LocalDate date, Map<String, String> pins, Overrides overrides) {

  public ScenarioSide {
    pins = pins == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(pins));
    overrides = overrides == null ? Overrides.NONE : overrides;
  }

  /** The rules in force on a date, as they are. */
  public static ScenarioSide inForceOn(String label, LocalDate date) {
    return new ScenarioSide(label, date, Map.of(), Overrides.NONE);
  }
}
