package org.openras.service.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.openras.engine.OpenRasEngine;
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
import org.openras.engine.catalogue.MemoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.json.Json;
import org.openras.engine.money.Money;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.service.agreed.AgreedBudget;
import org.openras.service.agreed.AgreedBudgets;
import org.openras.service.scenario.CaseloadStore;
import org.openras.service.storage.StoredFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Runs calibrations and keeps their reports in the database ({@code calibration_report}, read by
 * every instance, deleted when {@code openras.caseloads.retention} runs out) and under {@code
 * openras.data.dir/calibrations/<id>/} on the instance that ran them. A draft version is written
 * into a copy of the rules in force there ({@code rules/}), checked with its own cases and compared
 * by scenario; it is never served until published.
 */
@Service
// Only a serving instance takes jobs and purges: verify-audit builds no engine and no job runner.
@ConditionalOnWebApplication
public class Calibrations {
  static final List<String> FILES =
      List.of(
          "calibration.json",
          "calibration.html",
          "residuals.csv",
          "problems.csv",
          "agreed-gap.json");

  private static final Logger log = LoggerFactory.getLogger(Calibrations.class);

  private final OpenRasEngine engine;
  private final CaseloadStore cohorts;
  private final Path folder;
  private final JdbcTemplate jdbc;
  private final AgreedBudgets agreedBudgets;

  Calibrations(
      OpenRasEngine engine,
      CaseloadStore cohorts,
      @Value("${openras.data.dir:./data}") Path dataDir,
      JdbcTemplate jdbc,
      AgreedBudgets agreedBudgets) {
    this.agreedBudgets = agreedBudgets;
    this.engine = engine;
    this.cohorts = cohorts;
    this.folder = dataDir.resolve("calibrations");
    this.jdbc = jdbc;
  }

  public CalibrationSummary run(CalibrationRequest asked, String user) throws IOException {
    CalibrationSpec spec = asked.toSpec();
    List<AgreedGap> gap = null;
    CalibrationRequest request = asked;
    if (asked.fromAgreedBudgets()) {
      List<AgreedBudget> agreed = agreedBudgets.agreedBetween(asked.agreedFrom(), asked.agreedTo());
      if (agreed.isEmpty()) {
        throw new InvalidRequestException(
            List.of(
                new FieldError(
                    "agreedFrom",
                    "no budget was agreed from "
                        + asked.agreedFrom()
                        + " to "
                        + asked.agreedTo()
                        + ", so there is no cohort to fit")));
      }
      String cohortId = cohorts.write(out -> writeCohort(agreed, out)).id();
      request =
          new CalibrationRequest(
              cohortId,
              asked.method(),
              asked.byGroup(),
              asked.setAsideOutliers(),
              asked.budget(),
              asked.contingency(),
              asked.draftVersion(),
              asked.agreedFrom(),
              asked.agreedTo());
      gap = AgreedGap.of(agreed);
    }
    Path cohortFile = cohorts.path(request.cohortId());
    cohorts.describe(request.cohortId());
    String id = UUID.randomUUID().toString();
    Path out = folder.resolve(id);
    Files.createDirectories(out);
    if (gap != null) {
      Files.writeString(out.resolve("agreed-gap.json"), Json.mapper().writeValueAsString(gap));
    }
    Cohort cohort = new CohortReader(engine, spec.method() != Method.RATIO).read(cohortFile);
    CalibrationReport report = Calibrator.run(cohort, spec);
    CalibrationFiles.write(report, null, out);
    DraftCheck.Outcome draft = null;
    if (request.draftVersion() != null) {
      draft = draft(report, cohort, cohortFile, request.draftVersion(), user, out);
      CalibrationFiles.write(report, draft, out);
    }
    store(id, out, user);
    return summary(id, request, report, draft, gap);
  }

  /**
   * The cohort of agreed budgets as a caseload's JSON Lines: each budget's calculation request as
   * recorded, with its agreed weekly budget as the actual weekly cost, oldest agreement first.
   */
  private void writeCohort(List<AgreedBudget> agreed, Writer out) throws IOException {
    for (AgreedBudget b : agreed) {
      out.write("{\"request\": ");
      out.write(agreedBudgets.calculationRequest(b));
      out.write(", \"actualWeeklyCost\": \"" + b.agreedWeeklyBudget() + "\"}\n");
    }
  }

  private DraftCheck.Outcome draft(
      CalibrationReport report,
      Cohort cohort,
      Path cohortFile,
      String version,
      String user,
      Path out)
      throws IOException {
    DraftPrices.of(report); // refuses an intercept fit or a missing group before writing anything
    Path rules = out.resolve("rules");
    RuleSetCatalogue served = engine.catalogue();
    MemoryRuleStore.of(served, "served").writeTo(rules);
    DraftVersion.write(served, rules, version, report, cohort, user, LocalDate.now());
    boolean requests = cohort.rows().stream().anyMatch(r -> r.request() != null);
    return DraftCheck.run(rules, version, requests ? cohortFile : null, out.resolve("scenario"));
  }

  private static CalibrationSummary summary(
      String id,
      CalibrationRequest request,
      CalibrationReport r,
      DraftCheck.Outcome draft,
      List<AgreedGap> gap) {
    Map<String, String> reports = new TreeMap<>();
    String base = "/api/v1/calibrations/" + id + "/report?format=";
    reports.put("json", base + "json");
    reports.put("html", base + "html");
    reports.put("residuals", base + "residuals");
    reports.put("problems", base + "problems");
    if (gap != null) {
      reports.put("gap", base + "gap");
    }
    List<String> notes = new ArrayList<>(draft == null ? List.of() : draft.warnings());
    return new CalibrationSummary(
        id,
        request.cohortId(),
        request.method(),
        Money.rounded(BigDecimal.valueOf(r.overall().slope().estimate()), RoundingMode.HALF_UP)
            .toString(),
        r.overall().rSquared(),
        r.overall().within10(),
        r.overall().within20(),
        r.people().size() - r.setAside().size(),
        r.setAside().size(),
        r.problems().size(),
        draft == null ? null : request.draftVersion(),
        draft == null ? null : draft.casesPassed(),
        notes,
        reports,
        gap);
  }

  /** A calibration as the lists show it: its id, who ran it, when, and when it is deleted. */
  public record CalibrationListing(String id, String ranBy, Instant ranAt, Instant expiresAt) {}

  /** The calibrations kept, the most recent first, at most {@code limit} (issue 21). */
  public java.util.List<CalibrationListing> list(int limit) {
    return jdbc.query(
        "SELECT calibration_id, MIN(created_by) AS ran_by, MIN(created_at) AS ran_at,"
            + " MIN(expires_at) AS expires FROM calibration_report GROUP BY calibration_id"
            + " ORDER BY ran_at DESC, calibration_id FETCH FIRST "
            + Math.max(1, limit)
            + " ROWS ONLY",
        (rs, n) ->
            new CalibrationListing(
                rs.getString("calibration_id").trim(),
                rs.getString("ran_by"),
                rs.getTimestamp("ran_at").toInstant(),
                rs.getTimestamp("expires").toInstant()));
  }

  /**
   * Keeps the report files in the database (table {@code calibration_report}, docs/adr/0019), so
   * every instance can serve them, until the caseloads' retention runs out.
   */
  private void store(String id, Path out, String user) throws IOException {
    Instant now = Instant.now();
    Timestamp expires = Timestamp.from(now.plus(cohorts.retention()));
    for (String name : FILES) {
      Path file = out.resolve(name);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      jdbc.execute(
          "INSERT INTO calibration_report (calibration_id, name, content, created_by, created_at,"
              + " expires_at) VALUES (?, ?, ?, ?, ?, ?)",
          (PreparedStatement ps) -> {
            try (InputStream in = Files.newInputStream(file)) {
              ps.setString(1, id);
              ps.setString(2, name);
              ps.setBinaryStream(3, in, Files.size(file));
              ps.setString(4, user);
              ps.setTimestamp(5, Timestamp.from(now));
              ps.setTimestamp(6, expires);
              return ps.executeUpdate();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }

  /**
   * One of a calibration's report files: this instance's copy, or copied from the database first.
   *
   * @throws CalibrationNotFoundException when no calibration has this id (or this file)
   */
  public Path report(String id, String file) {
    Path dir;
    try {
      dir = folder.resolve(UUID.fromString(id).toString());
    } catch (IllegalArgumentException notAnId) {
      throw new CalibrationNotFoundException(id);
    }
    Path path = dir.resolve(file);
    if (!Files.isRegularFile(path) && FILES.contains(file)) {
      fetch(id, file, path);
    }
    if (!Files.isRegularFile(path)) {
      throw new CalibrationNotFoundException(id);
    }
    return path;
  }

  private void fetch(String id, String name, Path target) {
    StoredFiles.copy(
        jdbc,
        target,
        "SELECT content FROM calibration_report WHERE calibration_id = ? AND name = ?",
        id,
        name);
  }

  /**
   * Deletes calibration reports whose retention has run out (any instance may: the delete is the
   * same), and this instance's folders of calibrations no longer in the database once an hour old.
   */
  @Scheduled(fixedDelayString = "${openras.jobs.purge-every:PT1H}")
  void purge() {
    int deleted =
        jdbc.update(
            "DELETE FROM calibration_report WHERE expires_at < ?", Timestamp.from(Instant.now()));
    if (deleted > 0) {
      log.info("Purged {} calibration report file(s): their retention ran out", deleted);
    }
    if (!Files.isDirectory(folder)) {
      return;
    }
    Set<String> kept =
        new HashSet<>(
            jdbc
                .queryForList(
                    "SELECT DISTINCT calibration_id FROM calibration_report", String.class)
                .stream()
                .map(String::trim)
                .toList());
    Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
    try (Stream<Path> dirs = Files.list(folder)) {
      for (Path dir : dirs.toList()) {
        if (!kept.contains(dir.getFileName().toString())
            && Files.getLastModifiedTime(dir).toInstant().isBefore(anHourAgo)) {
          try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
              Files.deleteIfExists(p);
            }
          }
        }
      }
    } catch (IOException e) {
      log.warn("Could not sweep the local calibration folders: {}", e.getMessage());
    }
  }
}
