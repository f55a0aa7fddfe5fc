package org.openras.service.forecast;

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
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;

/**
 * Medium-term financial planning over HTTP (issue 26): start a forecast of people and net council
 * cost by client group as a job, follow it, read its report as JSON or CSV, delete it.
 */
@RestController
@Tag(name = "Forecasts", description = "Medium-term financial planning (FINANCE role)")
class ForecastController {
  private static final String CSV = "text/csv";
  static final int SHOWN = 200;

  private final ForecastJobs jobs;

  ForecastController(ForecastJobs jobs) {
    this.jobs = jobs;
  }

  @Operation(
      summary = "Start a forecast",
      description =
          "A multipart/form-data body: history, the monthly history as CSV with a header row"
              + " (month written 2025-04, client group, people supported, net council cost in"
              + " pounds; the columns are named by request.columns as openras forecast takes"
              + " them); transitions (optional), the young people arriving from children's"
              + " services as JSON Lines (personRef, dateOfBirth, group, needs); request, what to"
              + " forecast as JSON (ForecastRequest). Everything is checked before the job is"
              + " queued: a field refused is 400 naming it, lines refused are 422 listing each by"
              + " line and column, a reference caseload not kept is 404. Answers 202 with the"
              + " job's state; its address is in Location. Kept for openras.forecasts.retention"
              + " (30 days unless set).",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                      schemaProperties = {
                        @SchemaProperty(
                            name = "history",
                            schema =
                                @Schema(
                                    type = "string",
                                    format = "binary",
                                    description = "The monthly history, CSV with a header row")),
                        @SchemaProperty(
                            name = "transitions",
                            schema =
                                @Schema(
                                    type = "string",
                                    format = "binary",
                                    description =
                                        "The young people arriving, JSON Lines (optional)")),
                        // JSON text, typed by contentSchema: generated clients send a string
                        // part as it is, where they would write a model part with its toString().
                        @SchemaProperty(
                            name = "request",
                            schema =
                                @Schema(
                                    type = "string",
                                    contentMediaType = MediaType.APPLICATION_JSON_VALUE,
                                    contentSchema = ForecastRequest.class,
                                    description =
                                        "What to forecast: a ForecastRequest as JSON text"))
                      })))
  @ApiResponse(
      responseCode = "202",
      description = "Queued: the job's state; its address is in Location",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = ForecastJob.class)))
  @PostMapping(path = "/api/v1/forecasts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ForecastJob> start(
      @RequestPart(name = "history", required = false) Part history,
      @RequestPart(name = "transitions", required = false) Part transitions,
      @RequestPart(name = "request", required = false) Part request,
      Principal user)
      throws IOException {
    if (history == null) {
      throw new InvalidRequestException(
          List.of(
              new FieldError(
                  "history", "is missing: send the monthly history as CSV in the part history")));
    }
    ForecastRequest asked = ForecastInput.parse(request == null ? null : text(request));
    ForecastJob job =
        jobs.submit(
            asked, text(history), transitions == null ? null : text(transitions), user.getName());
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/forecasts/" + job.id()))
        .body(job);
  }

  private static String text(Part part) throws IOException {
    try (InputStream in = part.getInputStream()) {
      String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
  }

  @Operation(
      summary = "List the forecasts",
      description = "Every forecast kept, the most recently started first (at most 200).")
  @GetMapping("/api/v1/forecasts")
  List<ForecastJob> list() {
    return jobs.list(SHOWN);
  }

  @Operation(summary = "A forecast's state and progress: step, percent, and why it failed")
  @GetMapping("/api/v1/forecasts/{id}")
  ForecastJob status(@Parameter(description = "The forecast's id") @PathVariable String id) {
    return jobs.get(id);
  }

  @Operation(
      summary = "Delete a forecast at once",
      description =
          "Deletes the job, its history, young people and report (a running job stops being"
              + " kept); logged with who asked.")
  @ApiResponse(responseCode = "204", description = "Deleted")
  @DeleteMapping("/api/v1/forecasts/{id}")
  ResponseEntity<Void> delete(
      @Parameter(description = "The forecast's id") @PathVariable String id, Principal user) {
    jobs.delete(id, user.getName());
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "A finished forecast's report",
      description =
          "JSON (application/json): the engine's report, every member: what was asked, each"
              + " client group's trend, backtests and months (history and forecast with its"
              + " interval, for a fan chart), the young people costed and not, the net cost by"
              + " year and group, totals, the rules factors, and the re-alignment's effects;"
              + " money as strings. CSV (text/csv, or format=csv): one row per year and client"
              + " group with the trend and backtest beside every figure; with part=comparison,"
              + " the comparison of the two policy choices (one row per year and client group"
              + " under each, and the difference), with part=envelopes, the budget envelope per"
              + " year (the factor, the status, the share of the forecast); the same files as"
              + " openras forecast writes.")
  @ApiResponse(
      responseCode = "200",
      description = "The report",
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")),
        @Content(mediaType = CSV, schema = @Schema(type = "string"))
      })
  @GetMapping(
      path = "/api/v1/forecasts/{id}/report",
      produces = {MediaType.APPLICATION_JSON_VALUE, CSV})
  ResponseEntity<String> report(
      @Parameter(description = "The forecast's id") @PathVariable String id,
      @Parameter(description = "json or csv; absent, the Accept header chooses (JSON unless CSV)")
          @RequestParam(required = false)
          String format,
      @Parameter(
              description =
                  "CSV only: report (absent), comparison (the two policy choices) or envelopes"
                      + " (the budget envelope per year)")
          @RequestParam(required = false)
          String part,
      @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false)
          String accept) {
    boolean csv;
    if (format != null) {
      if (!format.equals("json") && !format.equals("csv")) {
        throw new InvalidRequestException(List.of(new FieldError("format", "must be json or csv")));
      }
      csv = format.equals("csv");
    } else {
      csv = accept != null && accept.contains(CSV) && !accept.contains("application/json");
    }
    if (part != null && !List.of("report", "comparison", "envelopes").contains(part)) {
      throw new InvalidRequestException(
          List.of(new FieldError("part", "must be report, comparison or envelopes")));
    }
    if (part != null && !part.equals("report")) {
      if (format != null && !csv) {
        throw new InvalidRequestException(
            List.of(
                new FieldError(
                    "part",
                    "is for the CSV: the JSON holds the comparison and the envelopes as its"
                        + " members comparison and envelopes")));
      }
      csv = true;
    }
    if (csv) {
      String name = part == null || part.equals("report") ? "forecast-" : "forecast-" + part + "-";
      String body =
          part == null || part.equals("report")
              ? jobs.reportCsv(id)
              : part.equals("comparison") ? jobs.comparisonCsv(id) : jobs.envelopesCsv(id);
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + id + ".csv\"")
          .body(body);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(jobs.reportJson(id));
  }
}
