package org.openras.seeds.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.policy.CaseloadImpact;
import org.openras.engine.policy.CitationRewrite;
import org.openras.engine.policy.Validation;
import org.openras.engine.policy.VersionDiff;
import org.openras.engine.policy.VersionTestReport;
import org.openras.engine.policy.VersionValidator;
import org.openras.engine.scenario.ReportFiles;
import org.openras.engine.scenario.ScenarioCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code openras policy validate | test | diff | cite | uprate}: a policy officer's checks before
 * publishing, citations by source id, and next year's figures as a draft.
 */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description =
        "Validate, test and compare rule-set versions before publishing them; start next year's"
            + " figures.",
    subcommands = {
      PolicyCommand.Validate.class,
      PolicyCommand.Test.class,
      PolicyCommand.Diff.class,
      PolicyCommand.Cite.class,
      UprateCommand.class
    })
final class PolicyCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.err);
  }

  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description =
          "Checks a version folder: manifest, periods, rule ids and sources, citations (every"
              + " source id listed in rules/sources.yaml), compilation, parameters and the points"
              + " table. Exit code 1 when it has errors.")
  static final class Validate implements Callable<Integer> {
    @Parameters(
        paramLabel = "<folder>",
        description = "The version folder, e.g. rules/ras/2026-04-01.")
    Path folder;

    @Override
    public Integer call() {
      Validation v = VersionValidator.validate(folder);
      System.out.print(v.text());
      return v.passed() ? 0 : 1;
    }
  }

  @Command(
      name = "cite",
      mixinStandardHelpOptions = true,
      description =
          "Rewrites an unpublished version's free-text citations (copied from a published"
              + " version) to source ids from rules/sources.yaml, and lists those it cannot."
              + " Never on a published version: its hash would change. Exit code 1 when"
              + " citations are left to cite by hand.")
  static final class Cite implements Callable<Integer> {
    @Parameters(
        paramLabel = "<folder>",
        description = "The version folder, e.g. rules/contributions/2026-04-06.")
    Path folder;

    @Option(names = "--dry-run", description = "Only list what would change; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
      CitationRewrite r = CitationRewrite.rewrite(folder, !dryRun);
      System.out.print(r.text());
      return r.left().isEmpty() ? 0 : 1;
    }
  }

  @Command(
      name = "test",
      mixinStandardHelpOptions = true,
      description = "Runs a version's policy cases. Exit code 1 when a case fails.")
  static final class Test implements Callable<Integer> {
    @Parameters(paramLabel = "<area>/<version>", description = "For example ras/2025-04-01.")
    String version;

    @Option(names = "--rules", defaultValue = "rules", description = "The rules folder.")
    Path rules;

    @Override
    public Integer call() {
      int slash = version.lastIndexOf('/');
      if (slash <= 0) {
        System.err.println("Give the version as <area>/<version>, for example ras/2025-04-01");
        return 2;
      }
      OpenRasEngine engine = OpenRasEngine.load(new DirectoryRuleStore(rules.toAbsolutePath()));
      VersionTestReport report =
          VersionTestReport.run(engine, version.substring(0, slash), version.substring(slash + 1));
      System.out.print(report.text());
      return report.passed() ? 0 : 1;
    }
  }

  @Command(
      name = "diff",
      mixinStandardHelpOptions = true,
      description =
          "Compares two versions of an area in words and, with --caseload, what the change does"
              + " to each person's budget.")
  static final class Diff implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<area>")
    String area;

    @Parameters(index = "1", paramLabel = "<from>")
    String from;

    @Parameters(index = "2", paramLabel = "<to>")
    String to;

    @Option(names = "--rules", defaultValue = "rules", description = "The rules folder.")
    Path rules;

    @Option(names = "--caseload", description = "A caseload (JSON Lines) to measure the impact on.")
    Path caseload;

    @Option(
        names = {"-o", "--out"},
        description = "With --caseload: a folder for report.json, report.html and people.csv.")
    Path out;

    @Override
    public Integer call() throws Exception {
      OpenRasEngine engine = OpenRasEngine.load(new DirectoryRuleStore(rules.toAbsolutePath()));
      RuleSetVersion a = find(engine.catalogue(), area, from);
      RuleSetVersion b = find(engine.catalogue(), area, to);
      System.out.print(VersionDiff.between(a, b).text());
      if (caseload != null) {
        System.out.println();
        System.out.print(impact(engine, a, b).text());
      }
      return 0;
    }

    private CaseloadImpact impact(OpenRasEngine engine, RuleSetVersion a, RuleSetVersion b)
        throws Exception {
      if (out == null) {
        return CaseloadImpact.run(engine, a, b, caseload, ScenarioCsv.none());
      }
      Files.createDirectories(out);
      CaseloadImpact impact;
      try (Writer people =
              Files.newBufferedWriter(out.resolve("people.csv"), StandardCharsets.UTF_8);
          Writer problems =
              Files.newBufferedWriter(out.resolve("problems.csv"), StandardCharsets.UTF_8)) {
        impact = CaseloadImpact.run(engine, a, b, caseload, new ScenarioCsv(people, problems));
      }
      ReportFiles.writeJson(impact.report(), out.resolve("report.json"));
      ReportFiles.writeHtml(impact.report(), out.resolve("report.html"));
      return impact;
    }

    private static RuleSetVersion find(RuleSetCatalogue catalogue, String area, String version) {
      return catalogue
          .find(area, version)
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "There is no "
                          + area
                          + " version "
                          + version
                          + "; versions: "
                          + catalogue.periods(area)));
    }
  }
}
