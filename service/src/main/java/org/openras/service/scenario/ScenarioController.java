package org.openras.service.scenario;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.scenario.ScenarioOutputs;
import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finance scenarios: keep a caseload, start a scenario job, follow it, cancel it, fetch reports.
 */
@RestController
@Tag(name = "Scenarios", description = "Finance modelling over a caseload (FINANCE role)")
class ScenarioController {
  private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
  private static final String NDJSON = "application/x-ndjson";
  private static final Map<String, String[]> FORMATS =
      Map.of(
          "json", new String[] {ScenarioOutputs.JSON, "application/json"},
          "html", new String[] {ScenarioOutputs.HTML, "text/html;charset=UTF-8"},
          "csv", new String[] {ScenarioOutputs.PEOPLE, "text/csv;charset=UTF-8"},
          "problems", new String[] {ScenarioOutputs.PROBLEMS, "text/csv;charset=UTF-8"},
          "envelope", new String[] {"envelope.json", "application/json"},
          "envelope-html", new String[] {"envelope.html", "text/html;charset=UTF-8"});

  private final CaseloadStore caseloads;
  private final CsvCaseloads csvCaseloads;
  private final Scenarios scenarios;

  ScenarioController(CaseloadStore caseloads, CsvCaseloads csvCaseloads, Scenarios scenarios) {
    this.caseloads = caseloads;
    this.csvCaseloads = csvCaseloads;
    this.scenarios = scenarios;
  }

  @Operation(
      summary = "Keep a caseload sent as JSON Lines",
      description =
          "One calculation request per line as {\"request\": {...}, \"actualWeeklyCost\":"
              + " \"312.40\"} (application/x-ndjson); bad lines are reported when a scenario"
              + " runs. The caseload is kept by the SHA-256 of its JSON Lines, which is its id. A"
              + " council's CSV export goes to POST /api/v1/caseloads/csv.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content = @Content(mediaType = NDJSON, schema = @Schema(type = "string"))))
  @ApiResponse(
      responseCode = "201",
      description = "Kept: the caseload's SHA-256 (its id), lines and bytes",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = CaseloadStore.Caseload.class)))
  @PostMapping(path = "/api/v1/caseloads", consumes = NDJSON)
  ResponseEntity<CaseloadStore.Caseload> upload(
      InputStream body,
      @Parameter(
              description =
                  "The caseload's name in words, shown in the list of kept caseloads (GET"
                      + " /api/v1/caseloads); the same content kept again keeps its first name")
          @RequestParam(name = "name", required = false)
          String name)
      throws IOException {
    CaseloadStore.Caseload kept = caseloads.save(body);
    caseloads.name(kept.id(), name);
    return ResponseEntity.created(URI.create("/api/v1/caseloads/" + kept.id())).body(kept);
  }

  @Operation(
      summary = "Keep a caseload from a council's CSV export and its column mapping",
      description =
          "A multipart/form-data body: the part csv, the export with a header row (UTF-8), and"
              + " the part mapping, the column-mapping YAML (seeds/README.md, \"Importing a"
              + " council's caseload\"); every row is read through the mapping into JSON Lines,"
              + " and nothing is kept unless every row is good: 422 lists each problem in errors"
              + " (field \"csv line 4, column Date_of_Birth\" or \"mapping dateFormat\"; the"
              + " first "
              + CsvCaseloads.LISTED
              + ", problemCount counts all); a missing part is 400. The caseload is kept by the"
              + " SHA-256 of its JSON Lines, which is its id. The same body is also accepted at"
              + " POST /api/v1/caseloads (the address before issue 20).",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                      schemaProperties = {
                        @SchemaProperty(
                            name = CsvImportException.CSV,
                            schema =
                                @Schema(
                                    type = "string",
                                    format = "binary",
                                    description = "The council's CSV export, with a header row")),
                        @SchemaProperty(
                            name = CsvImportException.MAPPING,
                            schema =
                                @Schema(
                                    type = "string",
                                    format = "binary",
                                    description = "The column-mapping YAML"))
                      })))
  @ApiResponse(
      responseCode = "201",
      description = "Kept: the caseload's SHA-256 (its id), lines and bytes",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = CaseloadStore.Caseload.class)))
  @PostMapping(path = "/api/v1/caseloads/csv", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<CaseloadStore.Caseload> importCsv(
      @RequestPart(name = CsvImportException.CSV, required = false) Part csv,
      @RequestPart(name = CsvImportException.MAPPING, required = false) Part mapping)
      throws IOException {
    // Parts, not MultipartFiles: a part sent without a file name (curl -F csv=<export.csv) counts.
    List<FieldError> missing = new ArrayList<>();
    if (csv == null) {
      missing.add(
          new FieldError(
              CsvImportException.CSV, "is missing: send the council's CSV export as the part csv"));
    }
    if (mapping == null) {
      missing.add(
          new FieldError(
              CsvImportException.MAPPING,
              "is missing: send the column-mapping YAML as the part mapping"));
    }
    if (!missing.isEmpty()) {
      throw new InvalidRequestException(missing);
    }
    try (InputStream rows = csv.getInputStream();
        InputStream columns = mapping.getInputStream()) {
      CaseloadStore.Caseload kept = csvCaseloads.keep(rows, columns);
      caseloads.name(kept.id(), csv.getSubmittedFileName());
      return ResponseEntity.created(URI.create("/api/v1/caseloads/" + kept.id())).body(kept);
    }
  }

  @Operation(
      summary = "List the kept caseloads",
      description =
          "Every kept caseload, the most recently kept first (at most 200): its SHA-256 (the id"
              + " the scenario and calibration requests take), name, lines, who kept it, when, and"
              + " when it will be deleted. Role: FINANCE.")
  @GetMapping("/api/v1/caseloads")
  java.util.List<CaseloadStore.KeptCaseload> caseloads() {
    return caseloads.list(CaseloadPages.SHOWN);
  }

  @Operation(
      summary = "List the scenario and envelope jobs",
      description =
          "Every job kept, the most recently submitted first (at most 200), with its state;"
              + " GET /api/v1/scenarios/{id} follows one. Role: FINANCE.")
  @GetMapping("/api/v1/scenarios")
  java.util.List<JobSummary> jobs() {
    return scenarios.list(CaseloadPages.SHOWN);
  }

  /**
   * The CSV export at its first address, kept for the clients that use it; the document describes
   * the body once, at {@link #importCsv}'s address (issue 20: one operation per body).
   */
  @Operation(hidden = true)
  @PostMapping(path = "/api/v1/caseloads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<CaseloadStore.Caseload> importCsvAtFirstAddress(
      @RequestPart(name = CsvImportException.CSV, required = false) Part csv,
      @RequestPart(name = CsvImportException.MAPPING, required = false) Part mapping)
      throws IOException {
    return importCsv(csv, mapping);
  }

  @Operation(summary = "Describe a kept caseload: its SHA-256, lines and bytes")
  @GetMapping("/api/v1/caseloads/{id}")
  CaseloadStore.Caseload caseload(
      @Parameter(description = "The caseload's SHA-256") @PathVariable String id) {
    return caseloads.describe(id);
  }

  @Operation(
      summary = "Delete a kept caseload on request",
      description =
          "Deletes the caseload from the database at once (it would otherwise be deleted when its"
              + " retention, openras.caseloads.retention, runs out); logged with who asked. Jobs"
              + " already finished keep their reports; a queued job on it fails.")
  @ApiResponse(responseCode = "204", description = "Deleted")
  @DeleteMapping("/api/v1/caseloads/{id}")
  ResponseEntity<Void> deleteCaseload(
      @Parameter(description = "The caseload's SHA-256") @PathVariable String id, Principal user) {
    caseloads.delete(id, user.getName());
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Start a scenario job",
      description =
          "Runs the caseload under the baseline and the candidate in the background; answers 202"
              + " with the job's status and its address to follow. With financialYear, each"
              + " person's annual cost is apportioned by days over the periods in which the rules"
              + " in force differ (an October change counts from October). With envelope, the job"
              + " finds the affordability factor that meets the target instead.")
  @ApiResponse(
      responseCode = "202",
      description = "Accepted: the job's status; its address is in Location",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = ScenarioStatus.class)))
  @PostMapping(path = "/api/v1/scenarios", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ScenarioStatus> start(@RequestBody ScenarioRequest request, Principal user)
      throws IOException {
    ScenarioStatus status = scenarios.start(request, user.getName());
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/scenarios/" + status.id()))
        .body(status);
  }

  @Operation(summary = "A scenario job's progress: state, percent, estimated seconds left")
  @GetMapping("/api/v1/scenarios/{id}")
  ScenarioStatus status(@Parameter(description = "The scenario job's id") @PathVariable String id) {
    return scenarios.status(id);
  }

  @Operation(summary = "Cancel a queued or running scenario job (a finished one is unchanged)")
  @DeleteMapping("/api/v1/scenarios/{id}")
  ScenarioStatus cancel(@Parameter(description = "The scenario job's id") @PathVariable String id) {
    return scenarios.cancel(id);
  }

  @Operation(
      summary = "Download a finished scenario's report",
      description =
          "json: the report with totals, client groups, bands, percentiles, the caseload's SHA-256"
              + " and the versions compared; html: the same with charts, to open from a file;"
              + " csv: one row per person; problems: the lines not calculated and why;"
              + " envelope, envelope-html: a budget envelope's solution (factor, costs, status).")
  @GetMapping("/api/v1/scenarios/{id}/report")
  ResponseEntity<Resource> report(
      @Parameter(description = "The scenario job's id") @PathVariable String id,
      @Parameter(description = "json (default), html, csv, problems, envelope or envelope-html")
          @RequestParam(defaultValue = "json")
          String format) {
    String[] file = FORMATS.get(format);
    if (file == null) {
      throw new InvalidRequestException(
          List.of(
              new FieldError(
                  "format", "must be json, html, csv, problems, envelope or envelope-html")));
    }
    Path path = scenarios.report(id, file[0]);
    if (!Files.isRegularFile(path)) {
      throw new ReportNotReadyException(id, "without its " + format + " report");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file[1]))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"scenario-"
                + path.getParent().getFileName()
                + "-"
                + file[0]
                + "\"")
        .body(new PathResource(path));
  }
}
