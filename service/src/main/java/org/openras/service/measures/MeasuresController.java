package org.openras.service.measures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.openras.engine.measures.MeasureLibrary;
import org.openras.engine.measures.MeasureVersion;
import org.openras.engine.measures.Plan;
import org.openras.engine.measures.ReportingPeriod;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registers and personalisation measures over HTTP, for finance and policy officers (issue 25):
 * keep a register from a council's CSV export, count the measures over it period by period against
 * the council's milestones, list a figure person by person, download either as CSV.
 */
@RestController
@Tag(name = "Measures", description = "Personalisation measures over a council's register")
class MeasuresController {
  private static final String PROBLEM = "application/problem+json";
  private static final String CSV = "text/csv";

  private final Measures measures;

  MeasuresController(Measures measures) {
    this.measures = measures;
  }

  @Operation(
      summary = "Keep a register from a council's CSV export",
      description =
          "Multipart parts: csv (the export, with a header row), mapping (optional: the column"
              + " mapping YAML; absent, the columns are named personRef, dateOfBirth, management,"
              + " start, and optionally clientType, clientGroup, setting, end), name (optional)."
              + " Rows with problems are left out and listed by line; the register is kept for"
              + " openras.registers.retention (30 days unless set).",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                      schemaProperties = {
                        @io.swagger.v3.oas.annotations.media.SchemaProperty(
                            name = "csv",
                            schema =
                                @Schema(
                                    type = "string",
                                    format = "binary",
                                    description = "The council's CSV export, with a header row")),
                        @io.swagger.v3.oas.annotations.media.SchemaProperty(
                            name = "mapping",
                            schema =
                                @Schema(
                                    type = "string",
                                    format = "binary",
                                    description = "The column-mapping YAML (optional)"))
                      })))
  @ApiResponse(responseCode = "201", description = "Kept; rows left out are in problems")
  @PostMapping(path = "/api/v1/registers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<MeasureViews.KeptView> keep(
      @RequestPart(name = "csv", required = false) Part csv,
      @RequestPart(name = "mapping", required = false) Part mapping,
      @Parameter(description = "The register's name in words, to find it again")
          @RequestParam(name = "name", required = false)
          String name,
      Principal user)
      throws IOException {
    if (csv == null) {
      throw new InvalidRequestException(
          List.of(
              new FieldError("csv", "is missing: send the council's CSV export as the part csv")));
    }
    try (InputStream rows = csv.getInputStream();
        InputStream columns = mapping == null ? null : mapping.getInputStream()) {
      Measures.Kept kept = measures.keep(name, rows, columns, user.getName());
      return ResponseEntity.created(URI.create("/api/v1/registers/" + kept.register().id()))
          .body(
              new MeasureViews.KeptView(
                  MeasureViews.RegisterView.of(kept.register()), kept.rows(), kept.problems()));
    }
  }

  @Operation(summary = "List the kept registers, newest first")
  @GetMapping("/api/v1/registers")
  List<MeasureViews.RegisterView> list() {
    return measures.registers().list().stream().map(MeasureViews.RegisterView::of).toList();
  }

  @Operation(summary = "Describe a kept register")
  @GetMapping("/api/v1/registers/{id}")
  MeasureViews.RegisterView describe(
      @Parameter(description = "The register's id") @PathVariable String id) {
    return MeasureViews.RegisterView.of(measures.registers().describe(id));
  }

  @Operation(
      summary = "Delete a kept register at once",
      description = "It holds personal data; the deletion is logged with who asked.")
  @ApiResponse(responseCode = "204", description = "Deleted")
  @DeleteMapping("/api/v1/registers/{id}")
  ResponseEntity<Void> delete(
      @Parameter(description = "The register's id") @PathVariable String id, Principal user) {
    measures.registers().delete(id, user.getName());
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Count every measure over a register, period by period",
      description =
          "Each period is counted by the definitions in force on its last day (rules/measures/);"
              + " with council, the council's own measures too, and its plan's milestones judged."
              + " Percentages are strings, one decimal place, rounded half up.")
  @ApiResponse(
      responseCode = "200",
      description = "Every measure by period, and the milestones judged",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = MeasureViews.ReportView.class)),
        @Content(mediaType = CSV, schema = @Schema(type = "string"))
      })
  @GetMapping(
      path = "/api/v1/registers/{id}/measures",
      produces = {MediaType.APPLICATION_JSON_VALUE, CSV})
  ResponseEntity<?> report(
      @Parameter(description = "The register's id") @PathVariable String id,
      @Parameter(description = "The first day, yyyy-mm-dd")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @Parameter(description = "The last day, yyyy-mm-dd")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to,
      @Parameter(description = "MONTH, QUARTER (from April) or YEAR (financial)")
          @RequestParam(defaultValue = "QUARTER")
          ReportingPeriod.Length period,
      @Parameter(description = "The council whose own measures and milestones to add")
          @RequestParam(required = false)
          String council,
      @Parameter(description = "csv for a spreadsheet; absent, JSON")
          @RequestParam(required = false)
          String format) {
    var report = measures.report(id, new Measures.Query(from, to, period, council));
    if ("csv".equals(format)) {
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
          .header(
              HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"measures-" + id + ".csv\"")
          .body(MeasureCsv.report(report));
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(MeasureViews.ReportView.of(id, report));
  }

  @Operation(
      summary = "One measure in one period, person by person",
      description =
          "Every person of the register the measure looked at, with whether they are in the"
              + " numerator, the denominator only, or not counted and why (pseudonymous"
              + " references).")
  @ApiResponse(
      responseCode = "200",
      description = "The figure and every person the measure looked at",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = MeasureViews.PeopleView.class)),
        @Content(mediaType = CSV, schema = @Schema(type = "string"))
      })
  @GetMapping(
      path = "/api/v1/registers/{id}/measures/{measure}/people",
      produces = {MediaType.APPLICATION_JSON_VALUE, CSV})
  ResponseEntity<?> people(
      @Parameter(description = "The register's id") @PathVariable String id,
      @Parameter(description = "The measure's stable id (GET /api/v1/measures)") @PathVariable
          String measure,
      @Parameter(description = "A day of the period, yyyy-mm-dd")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate day,
      @Parameter(description = "MONTH, QUARTER (from April) or YEAR (financial)")
          @RequestParam(defaultValue = "QUARTER")
          ReportingPeriod.Length period,
      @Parameter(description = "The council whose own measures to look in")
          @RequestParam(required = false)
          String council,
      @Parameter(description = "csv for a spreadsheet; absent, JSON")
          @RequestParam(required = false)
          String format) {
    var figure = measures.people(id, measure, day, period, council);
    if ("csv".equals(format)) {
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              "attachment; filename=\"" + measure + "-" + figure.period().end() + "-people.csv\"")
          .body(MeasureCsv.people(figure));
    }
    return ResponseEntity.ok().body(MeasureViews.PeopleView.of(figure));
  }

  /** The definitions and plans, as read from rules/measures/. */
  record DefinitionsView(List<MeasureVersion> versions, List<Plan> plans) {}

  @Operation(summary = "The measure definitions and councils' plans")
  @GetMapping("/api/v1/measures")
  DefinitionsView definitions() {
    MeasureLibrary l = measures.library();
    return new DefinitionsView(
        l.versions(), l.councils().stream().flatMap(c -> l.plan(c).stream()).toList());
  }
}
