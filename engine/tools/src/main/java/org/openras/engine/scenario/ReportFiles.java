package org.openras.engine.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openras.engine.json.Json;

/** Writes a report as JSON (stable order, pretty, members without a value left out) and as HTML. */
public final class ReportFiles {
  private ReportFiles() {}

  public static String json(ScenarioReport report) {
    return Json.compact().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n";
  }

  public static void writeJson(ScenarioReport report, Path file) throws IOException {
    Files.writeString(file, json(report), StandardCharsets.UTF_8);
  }

  public static void writeHtml(ScenarioReport report, Path file) throws IOException {
    Files.writeString(file, HtmlReport.render(report), StandardCharsets.UTF_8);
  }
}
