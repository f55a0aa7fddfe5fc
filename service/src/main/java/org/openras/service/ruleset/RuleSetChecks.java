package org.openras.service.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.cases.CaseResult;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.policy.CaseloadImpact;
import org.openras.engine.policy.Change;
import org.openras.engine.policy.Finding;
import org.openras.engine.policy.Validation;
import org.openras.engine.policy.VersionDiff;
import org.openras.engine.policy.VersionTestReport;
import org.openras.engine.scenario.ScenarioCsv;
import org.openras.service.publication.Publications;
import org.openras.service.ruleset.RuleSetViews.RuleSetCaseReport;
import org.openras.service.ruleset.RuleSetViews.RuleSetCaseResult;
import org.openras.service.ruleset.RuleSetViews.RuleSetChange;
import org.openras.service.ruleset.RuleSetViews.RuleSetDiff;
import org.openras.service.ruleset.RuleSetViews.RuleSetFinding;
import org.openras.service.ruleset.RuleSetViews.RuleSetImpact;
import org.openras.service.ruleset.RuleSetViews.RuleSetImpactBand;
import org.openras.service.ruleset.RuleSetViews.RuleSetValidation;
import org.openras.service.scenario.CaseloadStore;
import org.springframework.stereotype.Service;

/** A policy officer's checks on the served versions: validate, run the cases, diff, impact. */
@Service
public class RuleSetChecks {
  private final OpenRasEngine engine;
  private final Publications publications;
  private final CaseloadStore caseloads;

  RuleSetChecks(OpenRasEngine engine, Publications publications, CaseloadStore caseloads) {
    this.engine = engine;
    this.publications = publications;
    this.caseloads = caseloads;
  }

  /**
   * Validates a version as it would stand beside the published and scheduled ones: its findings,
   * each with its file and line; with its cases' report if asked (run only when nothing is wrong).
   */
  public RuleSetValidation validate(RuleSetVersion v, boolean runCases) {
    Publications.CheckedVersion checked = publications.check(v, runCases);
    Validation found = checked.validation();
    List<RuleSetFinding> findings = found.findings().stream().map(RuleSetChecks::finding).toList();
    RuleSetCaseReport cases =
        !runCases
            ? null
            : checked.cases() != null
                ? cases(checked.cases())
                : new RuleSetCaseReport(
                    false,
                    0,
                    0,
                    List.of("the cases were not run: correct the errors found first"),
                    List.of(),
                    "not run: the version has errors");
    return new RuleSetValidation(
        v.area(), v.version(), found.passed(), found.errors(), found.warnings(), findings, cases);
  }

  /**
   * The version's cases, run beside the published and scheduled versions: each sentence, expected
   * against actual, a failing one's trace; not run (and saying why) when the version has errors.
   */
  public RuleSetCaseReport cases(RuleSetVersion v) {
    return validate(v, true).cases();
  }

  /**
   * What changes from {@code a} to {@code b}, two versions of one area; with a kept caseload's id,
   * for whom.
   */
  public RuleSetDiff diff(RuleSetVersion a, RuleSetVersion b, String caseloadId) {
    VersionDiff d = VersionDiff.between(a, b);
    RuleSetImpact impact = caseloadId == null ? null : impact(a, b, caseloadId);
    return new RuleSetDiff(
        d.area(),
        d.from(),
        d.to(),
        d.fromDay(),
        d.toDay(),
        changes(d.manifest()),
        changes(d.parameters()),
        changes(d.questionnaire()),
        changes(d.rules()),
        d.text(),
        impact);
  }

  private RuleSetImpact impact(RuleSetVersion a, RuleSetVersion b, String caseloadId) {
    caseloads.describe(caseloadId);
    CaseloadImpact i;
    try {
      i = CaseloadImpact.run(engineFor(a, b), a, b, caseloads.path(caseloadId), ScenarioCsv.none());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var r = i.report();
    return new RuleSetImpact(
        caseloadId,
        r.caseload().lines(),
        r.caseload().calculated(),
        r.caseload().linesWithProblems(),
        i.changed(),
        r.bands().stream()
            .map(x -> new RuleSetImpactBand(x.band(), x.title(), x.people()))
            .toList(),
        r.totals().baseline().weeklyNet(),
        r.totals().candidate().weeklyNet(),
        r.totals().weeklyNetChange(),
        r.totals().annualNetChange(),
        i.notes(),
        i.text());
  }

  /** The service engine when it serves both, else one serving them beside the published set. */
  private OpenRasEngine engineFor(RuleSetVersion a, RuleSetVersion b) {
    OpenRasEngine now = engine.snapshot();
    boolean bothServed = served(now, a) && served(now, b);
    return bothServed ? now : publications.preview(a, b);
  }

  private static boolean served(OpenRasEngine e, RuleSetVersion v) {
    return e.catalogue()
        .find(v.area(), v.version())
        .filter(x -> x.hash().equals(v.hash()))
        .isPresent();
  }

  private static List<RuleSetChange> changes(List<Change> changes) {
    return changes.stream()
        .map(c -> new RuleSetChange(c.kind().name(), c.subject(), c.text()))
        .toList();
  }

  private static RuleSetFinding finding(Finding f) {
    return new RuleSetFinding(f.severity().name(), f.file(), f.line(), f.message(), f.whatToDo());
  }

  private static RuleSetCaseReport cases(VersionTestReport r) {
    List<RuleSetCaseResult> results = r.results().stream().map(RuleSetChecks::caseResult).toList();
    return new RuleSetCaseReport(
        r.passed(), r.passedCount(), r.failedCount(), r.problems(), results, r.summary());
  }

  private static RuleSetCaseResult caseResult(CaseResult c) {
    return new RuleSetCaseResult(
        c.policyCase().file(),
        c.policyCase().name(),
        c.passed(),
        c.differences(),
        c.passed() ? List.of() : c.trace());
  }
}
