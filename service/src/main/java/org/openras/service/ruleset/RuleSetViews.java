package org.openras.service.ruleset;

import java.util.List;
import org.openras.engine.catalogue.RuleSetManifest.Reference;

/** What the rule-set endpoints answer: the served versions, their content, checks and changes. */
public final class RuleSetViews {
  private RuleSetViews() {}

  /** An area and every version of it the service knows: served, scheduled, withdrawn, drafts. */
  public record RuleSetArea(String area, String pathName, List<RuleSetVersionSummary> versions) {}

  /** One version in brief, with its publication state. */
  public record RuleSetVersionSummary(
      String version,
      String title,
      String effectiveFrom,
      String effectiveTo,
      String hash,
      boolean illustrative,
      List<Reference> references,
      String state,
      String publishedBy,
      String publishedAt,
      String withdrawnBy,
      String withdrawnAt,
      String supersededBy) {}

  /** One served version in full: manifest, files, figures, rules and the names of its cases. */
  public record RuleSetDetail(
      String area,
      String version,
      String title,
      String summary,
      String supersedes,
      String effectiveFrom,
      String effectiveTo,
      String hash,
      boolean illustrative,
      boolean allowsGaps,
      List<Reference> references,
      List<String> files,
      List<RuleSetParameter> parameters,
      List<RuleSetRule> rules,
      List<String> cases,
      String state,
      String publishedBy,
      String publishedAt,
      String withdrawnBy,
      String withdrawnAt,
      String supersededBy) {}

  /** A figure of the version with its unit, period, reference and dated values. */
  public record RuleSetParameter(
      String name,
      String description,
      String unit,
      String period,
      Reference reference,
      List<RuleSetParameterValue> values) {}

  /** One value of a figure: from when, under which key (empty for a plain figure), its marker. */
  public record RuleSetParameterValue(
      String effectiveFrom, String key, String value, String marker, String note) {}

  /** A rule as written in the DRL: its id, its sentence, its source and where it is. */
  public record RuleSetRule(String id, String sentence, String source, String file, int line) {}

  /** What validating a served version found, and its cases' report when asked for. */
  public record RuleSetValidation(
      String area,
      String version,
      boolean valid,
      long errors,
      long warnings,
      List<RuleSetFinding> findings,
      RuleSetCaseReport cases) {}

  /** One finding: severity, file and line, what is wrong and what to do. */
  public record RuleSetFinding(
      String severity, String file, int line, String message, String whatToDo) {}

  /** The version's cases, run. */
  public record RuleSetCaseReport(
      boolean passed,
      long passedCount,
      long failedCount,
      List<String> problems,
      List<RuleSetCaseResult> results,
      String summary) {}

  /** One case: its sentence, whether it passed, expected against actual, and the trace. */
  public record RuleSetCaseResult(
      String file, String name, boolean passed, List<String> differences, List<String> trace) {}

  /** What changes from one version of an area to another, in words, and for a caseload. */
  public record RuleSetDiff(
      String area,
      String from,
      String to,
      String fromDay,
      String toDay,
      List<RuleSetChange> manifest,
      List<RuleSetChange> parameters,
      List<RuleSetChange> questionnaire,
      List<RuleSetChange> rules,
      String text,
      RuleSetImpact impact) {}

  /** One difference: added, removed or changed, its subject and a sentence. */
  public record RuleSetChange(String kind, String subject, String text) {}

  /** The impact of the change on a kept caseload, through the scenario engine. */
  public record RuleSetImpact(
      String caseloadId,
      long lines,
      long calculated,
      long linesWithProblems,
      long changed,
      List<RuleSetImpactBand> bands,
      String weeklyNetBaseline,
      String weeklyNetCandidate,
      String weeklyNetChange,
      String annualNetChange,
      List<String> notes,
      String text) {}

  /** How many people fall in a band of change. */
  public record RuleSetImpactBand(String band, String title, long people) {}
}
