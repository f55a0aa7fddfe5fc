package org.openras.engine.envelope;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.RuleStore;
import org.openras.engine.envelope.EnvelopeReport.Range;
import org.openras.engine.envelope.EnvelopeReport.Verification;
import org.openras.engine.envelope.EnvelopeSolver.Found;
import org.openras.engine.scenario.CostPeriod;
import org.openras.engine.scenario.ScenarioCsv;
import org.openras.engine.scenario.ScenarioProgress;
import org.openras.engine.scenario.ScenarioReport;
import org.openras.engine.scenario.ScenarioRunner;
import org.openras.engine.scenario.ScenarioSide;
import org.openras.engine.scenario.ScenarioSpec;
import org.openras.engine.scenario.YearPeriods;

/**
 * Meets a budget envelope over a caseload: builds the cached cost model (one engine pass), solves
 * for the factor, then costs the caseload through the engine at factor 1 and at the chosen factor,
 * as a scenario over the year, for the winners and losers and to check the model's figures.
 */
public final class EnvelopeRunner {
  static final String LEVER =
      "adjustments affordabilityFactor: replaces the factor every uplifted indicative budget is"
          + " multiplied by (rule ADJ-040), on the days an adjustments version is in force; on"
          + " other days budgets are as the rules give them and the factor changes nothing";
  static final String TOLERANCE =
      "met when the annual cost is at or below the target and short of it by at most a penny a"
          + " week per person costed (pence x 7 / days <= people)";

  private final RuleStore store;
  private final int threads;

  public EnvelopeRunner(RuleStore store, int threads) {
    this.store = store;
    this.threads = Math.max(1, threads);
  }

  public EnvelopeReport run(
      Path caseload, EnvelopeSpec spec, ScenarioCsv csv, ScenarioProgress progress)
      throws IOException {
    OpenRasEngine engine = OpenRasEngine.load(store);
    List<CostPeriod> periods = YearPeriods.of(spec.year(), engine.catalogue());
    // Two passes over the caseload: the model (every person costed once, for the solver) is the
    // first half of the progress, the check at the chosen factor (winners and losers) the second.
    EnvelopeModel model =
        EnvelopeModel.build(
            engine, caseload, periods, (lines, read, all) -> progress.update(lines, read / 2, all));
    long target = spec.targetPence();
    long days = spec.year().days();
    Facts facts = new Facts(spec, periods, model, target, days);
    if (model.leverPeriods() == 0) {
      return facts.report(
          "LEVER_NOT_IN_FORCE",
          "No adjustments version is in force on any day of "
              + spec.year()
              + " for the people costed, so the affordability factor changes nothing;"
              + " the caseload costs "
              + EnvelopeText.pounds(model.annual(EnvelopeSolver.SCALE))
              + " a year whatever the factor",
          null,
          null,
          null,
          0);
    }
    long tolerance = Math.floorDiv((long) model.people() * days, 7);
    Found found =
        new EnvelopeSolver(model::annual)
            .solve(factor(spec.lowest()), factor(spec.highest()), target, tolerance);
    Range range =
        new Range(
            EnvelopeText.factor(found.lowest()),
            EnvelopeText.text(found.lowestCost()),
            EnvelopeText.factor(found.highest()),
            EnvelopeText.text(found.highestCost()));
    if (found.factor() < 0) {
      return facts.report(
          found.status().name(), facts.outOfRange(found), range, null, null, found.evaluations());
    }
    ScenarioReport scenario =
        scenario(
            spec,
            found.factor(),
            caseload,
            csv,
            (lines, read, all) -> progress.update(lines, all / 2 + read / 2, all));
    Verification check = verify(model, found, scenario);
    return facts.report(
        found.status().name(),
        facts.finding(found),
        range,
        facts.choice(found),
        check,
        found.evaluations(),
        scenario);
  }

  private ScenarioReport scenario(
      EnvelopeSpec spec, long factor, Path caseload, ScenarioCsv csv, ScenarioProgress progress)
      throws IOException {
    OpenRasEngine one = OpenRasEngine.load(new FactorRuleStore(store, BigDecimal.ONE));
    OpenRasEngine chosen =
        OpenRasEngine.load(new FactorRuleStore(store, BigDecimal.valueOf(factor, 4)));
    ScenarioSpec scenario =
        new ScenarioSpec(
            spec.title() + ": affordability factor 1 against " + EnvelopeText.factor(factor),
            new ScenarioSide("affordability factor 1", null, null, null),
            new ScenarioSide(
                "affordability factor " + EnvelopeText.factor(factor), null, null, null),
            spec.lossThreshold(),
            0,
            spec.year());
    return new ScenarioRunner(one, chosen, threads).run(caseload, scenario, csv, progress);
  }

  private static Verification verify(EnvelopeModel model, Found found, ScenarioReport s) {
    String atFactor = s.totals().candidate().annualNet();
    String atOne = s.totals().baseline().annualNet();
    boolean agrees =
        atFactor.equals(EnvelopeText.text(found.cost()))
            && atOne.equals(EnvelopeText.text(model.annual(EnvelopeSolver.SCALE)));
    return new Verification(
        atFactor,
        atOne,
        agrees,
        agrees
            ? "the engine's figures equal the model's to the penny"
            : "the engine's figures differ from the model's; the engine's are the ones to use");
  }

  private static long factor(BigDecimal f) {
    return f.movePointRight(4).longValueExact();
  }
}
