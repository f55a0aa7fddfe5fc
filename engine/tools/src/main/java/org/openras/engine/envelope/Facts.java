package org.openras.engine.envelope;

import java.util.List;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.envelope.EnvelopeReport.Choice;
import org.openras.engine.envelope.EnvelopeReport.Range;
import org.openras.engine.envelope.EnvelopeReport.Verification;
import org.openras.engine.envelope.EnvelopeSolver.Found;
import org.openras.engine.envelope.EnvelopeSolver.Status;
import org.openras.engine.scenario.CostPeriod;
import org.openras.engine.scenario.ScenarioReport;

/** What every envelope report states, and the sentences that explain its finding. */
final class Facts {
  private final EnvelopeSpec spec;
  private final List<CostPeriod> periods;
  private final EnvelopeModel model;
  private final long target;
  private final long days;

  Facts(EnvelopeSpec spec, List<CostPeriod> periods, EnvelopeModel model, long target, long days) {
    this.spec = spec;
    this.periods = periods;
    this.model = model;
    this.target = target;
    this.days = days;
  }

  EnvelopeReport report(
      String status,
      String finding,
      Range range,
      Choice choice,
      Verification check,
      int evaluations) {
    return report(status, finding, range, choice, check, evaluations, null);
  }

  EnvelopeReport report(
      String status,
      String finding,
      Range range,
      Choice choice,
      Verification check,
      int evaluations,
      ScenarioReport scenario) {
    return new EnvelopeReport(
        spec.title(),
        OpenRasEngine.version(),
        spec.year().toString(),
        days,
        periods.stream().map(CostPeriod::toString).toList(),
        EnvelopeRunner.LEVER,
        spec.targetAnnual().toString(),
        spec.contingency().toPlainString(),
        EnvelopeText.text(target),
        EnvelopeText.weekly(target, days),
        EnvelopeRunner.TOLERANCE,
        model.people(),
        model.problems,
        range,
        status,
        finding,
        choice,
        check,
        evaluations,
        scenario);
  }

  String outOfRange(Found f) {
    String bounds =
        "at the lowest factor "
            + EnvelopeText.factor(f.lowest())
            + " the caseload costs "
            + EnvelopeText.pounds(f.lowestCost())
            + " a year; at the highest, "
            + EnvelopeText.factor(f.highest())
            + ", it costs "
            + EnvelopeText.pounds(f.highestCost());
    if (f.status() == Status.TARGET_BELOW_RANGE) {
      return "No factor in the allowed range can meet the target of "
          + EnvelopeText.pounds(target)
          + ": it is below what even the lowest factor costs ("
          + bounds
          + "). Lower the lowest factor, raise the target or reduce the contingency.";
    }
    return "No factor in the allowed range can reach the target of "
        + EnvelopeText.pounds(target)
        + ": it is above what even the highest factor costs, by more than a penny a week per"
        + " person ("
        + bounds
        + "). Raise the highest factor, or plan for the underspend.";
  }

  String finding(Found f) {
    String chosen =
        "Affordability factor "
            + EnvelopeText.factor(f.factor())
            + " costs "
            + EnvelopeText.text(f.cost())
            + " a year, "
            + EnvelopeText.text(target - f.cost())
            + " below the target of "
            + EnvelopeText.text(target);
    if (f.status() == Status.MET) {
      return chosen + ": within a penny a week per person.";
    }
    return chosen
        + ". That is more than a penny a week per person short, and it is the nearest the factor"
        + " can come at four decimals without going over"
        + (f.nextFactor() < 0
            ? "."
            : ": the next factor up, "
                + EnvelopeText.factor(f.nextFactor())
                + ", costs "
                + EnvelopeText.text(f.nextCost())
                + ", "
                + EnvelopeText.text(f.nextCost() - target)
                + " over.");
  }

  Choice choice(Found f) {
    return new Choice(
        EnvelopeText.factor(f.factor()),
        EnvelopeText.text(f.cost()),
        EnvelopeText.weekly(f.cost(), days),
        EnvelopeText.text(target - f.cost()),
        EnvelopeText.weekly(target - f.cost(), days),
        f.nextFactor() < 0 ? null : EnvelopeText.factor(f.nextFactor()),
        f.nextFactor() < 0 ? null : EnvelopeText.text(f.nextCost()));
  }
}
