package org.openras.engine.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.ras.RasArea;
import org.openras.engine.yaml.Yaml;

/**
 * Writes a fit as a new draft RAS version folder: a copy of the latest RAS version with a new
 * version and first day, its rule file's package moved to the new folder, the questionnaire as it
 * was, the new prices and prediction interval in {@code parameters.yaml}, {@code provenance.yaml},
 * and its own cases (the source's cases hold the old prices and are not copied).
 */
public final class DraftVersion {
  private DraftVersion() {}

  /**
   * @param rulesOut a rules folder (usually a copy of the one in use) to write {@code
   *     ras/<version>} into
   * @return the draft's folder
   */
  public static Path write(
      RuleSetCatalogue catalogue,
      Path rulesOut,
      String version,
      CalibrationReport report,
      Cohort cohort,
      String ranBy,
      LocalDate ranOn)
      throws IOException {
    LocalDate from = firstDay(version);
    List<RuleSetVersion> ras = catalogue.versions(RasArea.AREA);
    if (ras.isEmpty()) {
      throw new CalibrationException("The rules hold no RAS version to copy");
    }
    RuleSetVersion source = ras.get(ras.size() - 1);
    if (!from.isAfter(source.effectiveFrom())) {
      throw new CalibrationException(
          "The draft must start after the latest RAS version, "
              + source.version()
              + " (in force from "
              + source.effectiveFrom()
              + "), so their periods do not clash; give a later --draft-version");
    }
    if (ranBy == null || ranBy.isBlank()) {
      throw new CalibrationException("Say who ran the calibration (--author): it is provenance");
    }
    DraftPrices prices = DraftPrices.of(report);
    Path folder = rulesOut.resolve(RasArea.AREA).resolve(version);
    if (Files.exists(folder)) {
      throw new CalibrationException("The folder " + folder + " exists already; choose a new one");
    }
    Provenance p = Provenance.of(report, source.label(), OpenRasEngine.version(), ranOn, ranBy);
    Set<Long> fitted =
        report.people().stream()
            .filter(x -> x.setAside() == null)
            .map(PersonFit::line)
            .collect(Collectors.toSet());
    String drlPackage = "org.openras.rules.ras.v" + version.replace('-', '_');
    Files.createDirectories(folder.resolve("cases"));
    for (Map.Entry<String, byte[]> file : source.source().files().entrySet()) {
      String name = file.getKey();
      Path target = folder.resolve(name);
      if (name.startsWith("cases/")) {
        continue;
      } else if (name.equals(RuleSetCatalogue.MANIFEST)) {
        write(target, DraftFiles.manifest(source, version, from, p));
      } else if (name.equals(ParameterSet.FILE)) {
        write(target, DraftFiles.parameters(source, from, prices, p));
      } else if (name.endsWith(".drl")) {
        String drl = DraftFiles.drl(source.source().text(name), drlPackage);
        // The draft carries a prediction interval: its RAS rules give assessors the range.
        write(target, drl.contains("RAS-080") ? drl : drl + DraftFiles.typicalRangeRule(source));
      } else {
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      }
    }
    write(
        folder.resolve("provenance.yaml"),
        "# Where this draft's figures came from (written by `openras calibrate`).\n"
            + Yaml.mapper().writeValueAsString(p));
    List<CohortRow> rows = cohort.rows().stream().filter(r -> fitted.contains(r.line())).toList();
    write(
        folder.resolve("cases/calibration.yaml"),
        DraftCases.yaml(rows, source, version, from, prices));
    return folder;
  }

  /** The first day of a draft version such as {@code 2026-04-01} or {@code 2026-04-01-draft}. */
  public static LocalDate firstDay(String version) {
    try {
      if (version == null || !version.matches("\\d{4}-\\d{2}-\\d{2}(-[a-z0-9]+)?")) {
        throw new DateTimeParseException("not a version", String.valueOf(version), 0);
      }
      return LocalDate.parse(version.substring(0, 10));
    } catch (DateTimeParseException e) {
      throw new CalibrationException(
          "The draft version must be its first day (yyyy-MM-dd), optionally followed by"
              + " -label, such as 2026-04-01 or 2026-04-01-draft");
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
