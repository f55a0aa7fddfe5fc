package org.openras.service.scenario;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.money.Money;
import org.openras.engine.request.FieldError;
import org.openras.service.web.DateInput;
import org.openras.service.web.Formats;
import org.openras.service.web.PageErrors;

/**
 * What the finance officer typed to run a scenario, as text, and its reading into the API's {@link
 * ScenarioRequest}: the caseload, each side's date, pinned versions and parameter overrides, the
 * financial year and the loss threshold. What cannot be read is a problem on its field; the
 * request's own checks ({@code ScenarioRequest.toSpec}) do the rest, and {@link #fieldOf} puts
 * their problems on the field they name.
 */
public class ScenarioForm extends CaseloadForm {
  static final String BASELINE = "baseline";
  static final String CANDIDATE = "candidate";

  private String title = "";
  private DateInput baselineDate = new DateInput();
  private DateInput candidateDate = new DateInput();
  private Map<String, String> baselinePins = new LinkedHashMap<>();
  private Map<String, String> candidatePins = new LinkedHashMap<>();
  private String baselineOverrides = "";
  private String candidateOverrides = "";
  private String financialYear = "";
  private String lossThreshold = "";
  private String refresh;

  /** The request, or null when {@code errors} gained an entry. */
  ScenarioRequest toRequest(
      ScenarioRequest.CaseloadChoice caseload, RuleSetCatalogue rules, PageErrors errors) {
    ScenarioRequest.Side base =
        side(BASELINE, baselineDate, baselinePins, baselineOverrides, rules, errors);
    ScenarioRequest.Side cand =
        side(CANDIDATE, candidateDate, candidatePins, candidateOverrides, rules, errors);
    Integer year = null;
    if (!blank(financialYear)) {
      Long y = whole(financialYear);
      if (y == null || y > Integer.MAX_VALUE) {
        errors.add("financialYear", "Enter the financial year as its first year, for example 2025");
      } else {
        year = y.intValue();
      }
    }
    Money threshold = null;
    if (!blank(lossThreshold)) {
      try {
        threshold = Money.parse(lossThreshold.strip().replace("£", "").replace(",", ""));
      } catch (IllegalArgumentException e) {
        errors.add("lossThreshold", "Enter the weekly loss in pounds and pence, for example 10.00");
      }
    }
    if (errors.any() || caseload == null) {
      return null;
    }
    return new ScenarioRequest(
        blank(title) ? null : title.strip(), caseload, base, cand, threshold, year, null);
  }

  private static ScenarioRequest.Side side(
      String name,
      DateInput dateInput,
      Map<String, String> pins,
      String overrides,
      RuleSetCatalogue rules,
      PageErrors errors) {
    // Optional: all three boxes empty keeps each assessment's own date.
    LocalDate date =
        dateInput == null || dateInput.empty()
            ? null
            : dateInput.read(name + "Date", label(name).toLowerCase(Locale.ROOT) + " date", errors);
    Map<String, String> chosen = new TreeMap<>();
    for (var pin : pins.entrySet()) {
      if (blank(pin.getValue())) {
        continue;
      }
      String area = pin.getKey();
      Optional<RuleSetVersion> version = rules.find(area, pin.getValue());
      if (version.isEmpty()) {
        errors.add(
            pinId(name, area), "Select a version of the " + Formats.area(area) + " from the list");
      } else if (date != null && !version.get().covers(date)) {
        var p = version.get().period();
        errors.add(
            pinId(name, area),
            label(name)
                + " version "
                + p.version()
                + " of the "
                + Formats.area(area)
                + " is in force from "
                + Formats.date(p.from())
                + (p.to() == null ? "" : " to " + Formats.date(p.to()))
                + ", not on "
                + Formats.date(date)
                + ": choose another version or date");
      } else {
        chosen.put(area, pin.getValue());
      }
    }
    List<String> lines =
        overrides == null
            ? List.of()
            : overrides.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    return new ScenarioRequest.Side(date, chosen, lines);
  }

  /** True when a side has a version chosen (its part of the form then starts open). */
  public boolean pinned(String side) {
    Map<String, String> pins = BASELINE.equals(side) ? baselinePins : candidatePins;
    return pins.values().stream().anyMatch(v -> !blank(v));
  }

  /** The form field for a pinned version: {@code candidatePins-ras}. */
  static String pinId(String side, String area) {
    return side + "Pins-" + area.replaceAll("[^A-Za-z0-9]", "-");
  }

  /** Puts one of {@code ScenarioRequest}'s field errors on the field it names. */
  static void fieldOf(FieldError e, PageErrors errors) {
    String path = e.field() == null ? "" : e.field();
    String side = path.startsWith(BASELINE) ? BASELINE : CANDIDATE;
    if (path.startsWith(side + ".overrides[")) {
      int line = Integer.parseInt(path.replaceAll("\\D", "")) + 1;
      errors.add(
          side + "Overrides",
          label(side) + " parameter override on line " + line + ": " + e.problem());
    } else if (path.endsWith(".date")) {
      errors.add(side + "Date", label(side) + " date " + e.problem());
    } else if (path.equals("caseload.generate.people")) {
      errors.add("people", "Number of people " + e.problem());
    } else if (path.equals("financialYear")) {
      errors.add("financialYear", "Financial year " + e.problem());
    } else if (path.equals("lossThreshold")) {
      errors.add("lossThreshold", "Weekly loss threshold " + e.problem());
    } else {
      errors.add("source", "Caseload: " + e.problem());
    }
  }

  private static String label(String side) {
    return side.equals(BASELINE) ? "Baseline" : "Candidate";
  }

  // Bean accessors for the form binding.

  public String getTitle() {
    return title;
  }

  public void setTitle(String v) {
    title = v;
  }

  public DateInput getBaselineDate() {
    return baselineDate;
  }

  public void setBaselineDate(DateInput v) {
    baselineDate = v;
  }

  public DateInput getCandidateDate() {
    return candidateDate;
  }

  public void setCandidateDate(DateInput v) {
    candidateDate = v;
  }

  public Map<String, String> getBaselinePins() {
    return baselinePins;
  }

  public void setBaselinePins(Map<String, String> v) {
    baselinePins = v;
  }

  public Map<String, String> getCandidatePins() {
    return candidatePins;
  }

  public void setCandidatePins(Map<String, String> v) {
    candidatePins = v;
  }

  public String getBaselineOverrides() {
    return baselineOverrides;
  }

  public void setBaselineOverrides(String v) {
    baselineOverrides = v;
  }

  public String getCandidateOverrides() {
    return candidateOverrides;
  }

  public void setCandidateOverrides(String v) {
    candidateOverrides = v;
  }

  public String getFinancialYear() {
    return financialYear;
  }

  public void setFinancialYear(String v) {
    financialYear = v;
  }

  public String getLossThreshold() {
    return lossThreshold;
  }

  public void setLossThreshold(String v) {
    lossThreshold = v;
  }

  public String getRefresh() {
    return refresh;
  }

  public void setRefresh(String v) {
    refresh = v;
  }
}
