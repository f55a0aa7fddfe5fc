package org.openras.engine.envelope;

import java.util.List;
import org.openras.engine.scenario.ScenarioReport;

/**
 * What a budget envelope found, as its JSON report writes it. Money is text in pounds; factors are
 * text to four decimals; a figure that does not apply (no factor found) is null, and is left out of
 * the JSON ({@link EnvelopeFiles#json}).
 *
 * @param lever what the factor changes, and where it has nothing to act on
 * @param targetToMeet the annual target less the contingency, rounded down to the penny
 * @param tolerance the rule for "meeting" the target: at most a penny a week per person below it
 * @param status MET, NEAREST_ONLY, TARGET_BELOW_RANGE, TARGET_ABOVE_RANGE or LEVER_NOT_IN_FORCE
 * @param finding the result in a sentence, naming the bounds and their costs when none can meet it
 * @param verification the chosen factor (and factor 1) costed again through the engine
 * @param winnersAndLosers the scenario of factor 1 (baseline) against the chosen factor
 */
public record EnvelopeReport(
    String title,
    String engineVersion,
    String financialYear,
    long days,
    List<String> periods,
    String lever,
    String targetAnnual,
    String contingency,
    String targetToMeet,
    String targetWeekly,
    String tolerance,
    long people,
    long linesNotCosted,
    Range range,
    String status,
    String finding,
    Choice choice,
    Verification verification,
    int solverEvaluations,
    ScenarioReport winnersAndLosers) {

  /** Every status a report may carry: the solver's, and LEVER_NOT_IN_FORCE. */
  public static final List<String> STATUSES =
      java.util.stream.Stream.concat(
              java.util.Arrays.stream(EnvelopeSolver.Status.values()).map(Enum::name),
              java.util.stream.Stream.of("LEVER_NOT_IN_FORCE"))
          .toList();

  /** The allowed factors and the annual cost at each end (from the model). */
  public record Range(
      String lowest, String annualAtLowest, String highest, String annualAtHighest) {}

  /**
   * The factor chosen (the highest whose annual cost is at or below the target), its cost and how
   * far below the target, annual and weekly, and the next factor up with its cost (over the
   * target).
   */
  public record Choice(
      String factor,
      String annual,
      String weekly,
      String shortfallAnnual,
      String shortfallWeekly,
      String nextFactor,
      String annualAtNextFactor) {}

  /**
   * The engine's own annual figures at the chosen factor and at factor 1, and whether the cached
   * model gave the same pence.
   */
  public record Verification(
      String engineAnnualAtFactor, String engineAnnualAtOne, boolean modelAgrees, String note) {}
}
