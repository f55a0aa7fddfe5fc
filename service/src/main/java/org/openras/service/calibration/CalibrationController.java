package org.openras.service.calibration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.openras.engine.calibration.CalibrationException;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** RAS re-calibration (FINANCE role): fit a cohort, read the fit report, get a draft version. */
@RestController
@Tag(name = "Calibrations", description = "Re-calibrating the RAS from actual costs (FINANCE role)")
class CalibrationController {
  private static final Map<String, String> FORMATS =
      Map.of(
          "json", "calibration.json",
          "html", "calibration.html",
          "residuals", "residuals.csv",
          "problems", "problems.csv",
          "gap", "agreed-gap.json");

  private final Calibrations calibrations;

  CalibrationController(Calibrations calibrations) {
    this.calibrations = calibrations;
  }

  @Operation(
      summary = "Fit the price per point to a cohort's actual costs",
      description =
          "The cohort is a kept caseload (POST /api/v1/caseloads): calculation requests with the"
              + " actual weekly cost of each agreed plan, or points lines; or, with agreedFrom and"
              + " agreedTo instead of cohortId, the budgets agreed in that period (their"
              + " calculations' recorded requests, each with its agreed weekly budget), kept as a"
              + " caseload first, with the indicative-to-agreed gap by client group and reason"
              + " (agreedGap, report format gap). Methods: ratio, ols"
              + " (with intercept), ols-origin; overall or by primary support reason; outliers"
              + " set aside by Cook's distance. With draftVersion, writes a draft RAS version,"
              + " runs its own cases and compares it by scenario with the version in force.")
  @io.swagger.v3.oas.annotations.responses.ApiResponse(
      responseCode = "201",
      description = "Calibrated: the summary; its address is in Location",
      content =
          @io.swagger.v3.oas.annotations.media.Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema =
                  @io.swagger.v3.oas.annotations.media.Schema(
                      implementation = CalibrationSummary.class)))
  @PostMapping(path = "/api/v1/calibrations", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CalibrationSummary> calibrate(
      @RequestBody CalibrationRequest request, Principal user) throws IOException {
    if (request.cohortId() == null && !request.fromAgreedBudgets()) {
      throw new InvalidRequestException(
          List.of(
              new FieldError(
                  "cohortId",
                  "is required: the id of a kept caseload, or give agreedFrom and agreedTo to"
                      + " fit the agreed budgets recorded in that period")));
    }
    if (request.cohortId() != null && request.fromAgreedBudgets()) {
      throw new InvalidRequestException(
          List.of(
              new FieldError("cohortId", "give cohortId or agreedFrom and agreedTo, not both")));
    }
    if (request.fromAgreedBudgets()) {
      List<FieldError> errors = new java.util.ArrayList<>();
      if (request.agreedFrom() == null) {
        errors.add(new FieldError("agreedFrom", "is required with agreedTo (yyyy-MM-dd)"));
      }
      if (request.agreedTo() == null) {
        errors.add(new FieldError("agreedTo", "is required with agreedFrom (yyyy-MM-dd)"));
      } else if (request.agreedFrom() != null
          && request.agreedTo().isBefore(request.agreedFrom())) {
        errors.add(new FieldError("agreedTo", "must not be before agreedFrom"));
      }
      if (!errors.isEmpty()) {
        throw new InvalidRequestException(errors);
      }
    }
    CalibrationSummary summary = calibrations.run(request, user.getName());
    return ResponseEntity.created(URI.create("/api/v1/calibrations/" + summary.id())).body(summary);
  }

  @Operation(
      summary = "List the calibrations kept",
      description =
          "Every calibration whose reports are kept, the most recent first (at most 200): its id,"
              + " who ran it, when, and when its reports will be deleted. Role: FINANCE.")
  @GetMapping("/api/v1/calibrations")
  List<Calibrations.CalibrationListing> list() {
    return calibrations.list(JobListPages.SHOWN);
  }

  @Operation(summary = "A calibration's fit report (calibration.json)")
  @GetMapping("/api/v1/calibrations/{id}")
  ResponseEntity<Resource> calibration(
      @Parameter(description = "The calibration's id") @PathVariable String id) {
    return file(calibrations.report(id, "calibration.json"), "application/json");
  }

  @Operation(summary = "Download a calibration's report: json, html, residuals or problems")
  @GetMapping("/api/v1/calibrations/{id}/report")
  ResponseEntity<Resource> report(
      @Parameter(description = "The calibration's id") @PathVariable String id,
      @Parameter(
              description =
                  "json (default), html, residuals, problems or gap (a calibration of agreed budgets)")
          @RequestParam(defaultValue = "json")
          String format) {
    String file = FORMATS.get(format);
    if (file == null) {
      throw new InvalidRequestException(
          List.of(new FieldError("format", "must be json, html, residuals, problems or gap")));
    }
    Path path = calibrations.report(id, file);
    String type =
        file.endsWith(".json")
            ? "application/json"
            : file.endsWith(".html") ? "text/html;charset=UTF-8" : "text/csv;charset=UTF-8";
    return file(path, type);
  }

  private static ResponseEntity<Resource> file(Path path, String type) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(type))
        .body(new PathResource(path));
  }

  @ExceptionHandler(CalibrationException.class)
  ProblemDetail cannotCalibrate(CalibrationException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    p.setType(URI.create("urn:openras:problem:cannot-calibrate"));
    p.setTitle("The cohort cannot be calibrated as asked");
    return p;
  }

  @ExceptionHandler(CalibrationNotFoundException.class)
  ProblemDetail notFound(CalibrationNotFoundException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    p.setType(URI.create("urn:openras:problem:calibration-not-found"));
    p.setTitle("No calibration has this id");
    return p;
  }
}
