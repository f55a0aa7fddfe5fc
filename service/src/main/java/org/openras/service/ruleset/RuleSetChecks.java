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
import org.openras.engine.policy.VersionValidator;
import org.openras.engine.scenario.ScenarioCsv;
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
  private final ServedRulesFolder folder;
  private final CaseloadStore caseloads;

  RuleSetChecks(OpenRasEngine engine, ServedRulesFolder folder, CaseloadStore caseloads) {
    this.engine = engine;
    this.folder = folder;
    this.caseloads = caseloads;
  }

  /** The version's findings, each with its file and line; with its cases' report if asked. */
  public RuleSetValidation validate(RuleSetVersion v, boolean runCases) {
    Validation found = VersionValidator.validate(folder.version(v.area(), v.version()));
    List<RuleSetFinding> findings = found.findings().stream().map(RuleSetChecks::finding).toList();
    RuleSetCaseReport cases = runCases ? cases(v) : null;
    return new RuleSetValidation(
        v.area(), v.version(), found.passed(), found.errors(), found.warnings(), findings, cases);
  }

  /** The version's cases, run: each sentence, expected against actual, a failing one's trace. */
  public RuleSetCaseReport cases(RuleSetVersion v) {
    return cases(VersionTestReport.run(engine, v.area(), v.version()));
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
      i = CaseloadImpact.run(engine, a, b, caseloads.path(caseloadId), ScenarioCsv.none());
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
