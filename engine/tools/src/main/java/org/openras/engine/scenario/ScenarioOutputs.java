package org.openras.engine.scenario;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs a scenario into a folder: {@code people.csv} and {@code problems.csv} streamed as the
 * caseload is read, then {@code report.json} and {@code report.html}. The files a finance officer
 * opens, the same from the CLI and the HTTP service.
 */
public final class ScenarioOutputs {
  public static final String JSON = "report.json";
  public static final String HTML = "report.html";
  public static final String PEOPLE = "people.csv";
  public static final String PROBLEMS = "problems.csv";

  private ScenarioOutputs() {}

  public static ScenarioReport run(
      ScenarioRunner runner,
      Path caseload,
      ScenarioSpec spec,
      Path folder,
      ScenarioProgress progress)
      throws IOException {
    Files.createDirectories(folder);
    ScenarioReport report;
    try (Writer people = Files.newBufferedWriter(folder.resolve(PEOPLE), StandardCharsets.UTF_8);
        Writer problems =
            Files.newBufferedWriter(folder.resolve(PROBLEMS), StandardCharsets.UTF_8)) {
      report = runner.run(caseload, spec, new ScenarioCsv(people, problems), progress);
    }
    ReportFiles.writeJson(report, folder.resolve(JSON));
    ReportFiles.writeHtml(report, folder.resolve(HTML));
    return report;
  }
}
