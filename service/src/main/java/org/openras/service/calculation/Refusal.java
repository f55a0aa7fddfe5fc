package org.openras.service.calculation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.Period;
import org.openras.engine.catalogue.RuleSetSelectionException;
import org.openras.engine.params.MissingParameterException;
import org.openras.engine.params.ParameterDefinition;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.uprating.Uprating;
import org.openras.service.web.FigureWords;

/**
 * Why an assessment cannot be worked out yet, for the assessor in plain English: a figure or a
 * version that a policy officer has not published for the assessment's date, which one, and what to
 * do. Shown as a notification above the form, not on any field: nothing the assessor entered is
 * wrong.
 *
 * @param heading what cannot be done, and why
 * @param action who must do what
 */
record Refusal(String heading, String action) {
  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  static Refusal of(MissingParameterException e, OpenRasEngine engine) {
    String figure = figureName(e, engine);
    return new Refusal(
        "We cannot work out "
            + what(e.area())
            + " for an assessment dated "
            + LONG.format(e.date())
            + ": the figure '"
            + figure
            + "' for "
            + Uprating.yearOf(e.date())
            + " has not been published.",
        "A policy officer must publish it before this assessment can be completed. Tell them the"
            + " figure and the date; the assessment can be made once it is published.");
  }

  static Refusal of(RuleSetSelectionException e) {
    List<Period> periods = e.periods();
    LocalDate lastCovered =
        periods.stream()
            .map(Period::to)
            .filter(to -> to != null && to.isBefore(e.date()))
            .max(LocalDate::compareTo)
            .orElse(null);
    boolean before =
        !periods.isEmpty() && periods.stream().allMatch(p -> p.from().isAfter(e.date()));
    String why =
        before
            ? "the service has no "
                + e.area()
                + " rules that early (the earliest start on "
                + LONG.format(periods.get(0).from())
                + ")."
            : "the "
                + Uprating.yearOf(e.date())
                + " figures for "
                + e.area()
                + " have not been published"
                + (lastCovered == null
                    ? "."
                    : " (the latest run to " + LONG.format(lastCovered) + ").");
    return new Refusal(
        "We cannot work out "
            + what(e.area())
            + " for an assessment dated "
            + LONG.format(e.date())
            + ": "
            + why,
        before
            ? "Check the assessment date."
            : "A policy officer must publish the "
                + Uprating.yearOf(e.date())
                + " figures before this assessment can be completed; the assessment can be made"
                + " once they are published.");
  }

  /** What the area works out, in words. */
  static String what(String area) {
    return switch (area) {
      case "contributions" -> "the contribution";
      case "ras" -> "the personal budget";
      case "eligibility" -> "eligibility";
      case "adjustments" -> "the budget adjustments";
      default -> area.startsWith("councils/") ? "the council's charges" : "the " + area;
    };
  }

  /** The missing figure's plain name from its parameter's description, and its key in words. */
  static String figureName(MissingParameterException e, OpenRasEngine engine) {
    String qualified = e.parameter();
    int open = qualified.indexOf('[');
    String name = open < 0 ? qualified : qualified.substring(0, open);
    String key = open < 0 ? "" : qualified.substring(open + 1, qualified.length() - 1);
    String description =
        engine
            .catalogue()
            .find(e.area(), e.version())
            .map(v -> ParameterSet.load(v).definitions().get(name))
            .map(ParameterDefinition::description)
            .orElse(name);
    return FigureWords.name(description, key);
  }
}
