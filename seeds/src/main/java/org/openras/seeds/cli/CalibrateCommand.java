package org.openras.seeds.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.calibration.CalibrationException;
import org.openras.engine.calibration.CalibrationFiles;
import org.openras.engine.calibration.CalibrationReport;
import org.openras.engine.calibration.CalibrationSpec;
import org.openras.engine.calibration.Calibrator;
import org.openras.engine.calibration.Cohort;
import org.openras.engine.calibration.CohortReader;
import org.openras.engine.calibration.DraftCheck;
import org.openras.engine.calibration.DraftPrices;
import org.openras.engine.calibration.DraftVersion;
import org.openras.engine.calibration.Method;
import org.openras.engine.calibration.RulesCopy;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.seeds.importer.ColumnMapping;
import org.openras.seeds.importer.CsvImporter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = {
      "Fits the RAS price per point to a cohort's actual support-plan costs; writes calibration.html,"
          + " calibration.json, residuals.csv and problems.csv, and with --draft-version a draft RAS"
          + " version (in <out>/rules), validated and compared by scenario (<out>/scenario).",
      "Exit status: 0 done; 2 the cohort cannot be fitted or written as a draft; 3 the draft's"
          + " own cases failed."
    })
final class CalibrateCommand implements Callable<Integer> {
  static final class Input {
    @Option(names = "--cohort", description = "The cohort (JSON Lines: caseload or points lines).")
    Path cohort;

    @Option(names = "--csv", description = "A council's CSV export, imported with --mapping.")
    Path csv;
  }

  @ArgGroup(multiplicity = "1")
  Input input;

  @Option(names = "--mapping", description = "The column-mapping YAML for --csv.")
  Path mapping;

  @Option(names = "--rules", defaultValue = "rules", description = "The rules folder.")
  Path rules;

  @Option(names = "--method", required = true, description = "ratio, ols or ols-origin.")
  String method;

  @Option(names = "--by-group", description = "Fit each primary support reason apart.")
  boolean byGroup;

  @Option(
      names = "--set-aside-outliers",
      description = "Leave out people whose Cook's distance is above 4/n, and refit.")
  boolean setAsideOutliers;

  @Option(
      names = "--budget",
      description = "Ratio method: weekly budget available (default: the cohort's actual spend).")
  BigDecimal budget;

  @Option(names = "--contingency", description = "Ratio method: share held back, e.g. 0.05.")
  BigDecimal contingency;

  @Option(
      names = "--draft-version",
      description = "Write the fit as this draft RAS version (its first day, e.g. 2026-04-01).")
  String draftVersion;

  @Option(names = "--author", description = "Who ran the calibration (recorded in the draft).")
  String author;

  @Option(
      names = {"-o", "--out"},
      required = true,
      description = "The folder for the reports (and the draft).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Files.createDirectories(out);
    Path cohortFile = input.cohort != null ? input.cohort : imported();
    if (cohortFile == null) {
      return 2;
    }
    try {
      CalibrationSpec spec =
          new CalibrationSpec(Method.of(method), byGroup, setAsideOutliers, budget, contingency);
      OpenRasEngine engine = OpenRasEngine.load(new DirectoryRuleStore(rules.toAbsolutePath()));
      Cohort cohort = new CohortReader(engine, spec.method() != Method.RATIO).read(cohortFile);
      CalibrationReport report = Calibrator.run(cohort, spec);
      // The fit report is written first, so a refused draft still leaves it to read.
      CalibrationFiles.write(report, null, out);
      DraftCheck.Outcome draft = null;
      if (draftVersion != null) {
        draft = draft(engine, report, cohort, cohortFile);
        CalibrationFiles.write(report, draft, out);
      }
      summary(report, draft);
      return draft != null && !draft.casesPassed() ? 3 : 0;
    } catch (CalibrationException | IllegalArgumentException e) {
      System.err.println("Cannot calibrate: " + e.getMessage());
      return 2;
    }
  }

  private DraftCheck.Outcome draft(
      OpenRasEngine engine, CalibrationReport report, Cohort cohort, Path cohortFile)
      throws IOException {
    DraftPrices.of(report); // refuses an intercept fit or a missing group before copying rules
    Path rulesOut = out.resolve("rules");
    RulesCopy.copy(rules, rulesOut);
    Path folder =
        DraftVersion.write(
            engine.catalogue(), rulesOut, draftVersion, report, cohort, author, LocalDate.now());
    System.err.println("Draft written to " + folder);
    boolean requests = cohort.rows().stream().anyMatch(r -> r.request() != null);
    return DraftCheck.run(
        rulesOut, draftVersion, requests ? cohortFile : null, out.resolve("scenario"));
  }

  private Path imported() throws IOException {
    if (mapping == null) {
      System.err.println("Cannot calibrate: --csv needs --mapping, the column-mapping YAML");
      return null;
    }
    Path cohort = out.resolve("cohort.jsonl");
    try (Reader in = Files.newBufferedReader(input.csv, StandardCharsets.UTF_8);
        Writer w = Files.newBufferedWriter(cohort, StandardCharsets.UTF_8)) {
      var outcome =
          new CsvImporter(ColumnMapping.load(mapping))
              .run(
                  in,
                  w,
                  p ->
                      System.err.printf(
                          "CSV line %d, column '%s': %s%n", p.line(), p.column(), p.problem()));
      System.err.printf(
          "%d CSV rows read, %d imported to %s%n", outcome.rows(), outcome.written(), cohort);
    }
    return cohort;
  }

  private static void summary(CalibrationReport r, DraftCheck.Outcome draft) {
    System.err.printf(
        "%d people fitted, %d set aside, %d lines not used; overall: %.4f a point, R² %.3f,"
            + " within ±10%% %.1f%%, ±20%% %.1f%%%n",
        r.people().size() - r.setAside().size(),
        r.setAside().size(),
        r.problems().size(),
        r.overall().slope().estimate(),
        r.overall().rSquared(),
        100 * r.overall().within10(),
        100 * r.overall().within20());
    if (draft != null) {
      draft.cases().stream().filter(c -> !c.passed()).forEach(c -> System.err.print(c.report()));
      System.err.printf(
          "Draft %s: %d cases, %s%n",
          draft.draft(), draft.cases().size(), draft.casesPassed() ? "all passed" : "FAILURES");
      draft.warnings().forEach(w -> System.err.println("Note: " + w));
    }
  }
}
