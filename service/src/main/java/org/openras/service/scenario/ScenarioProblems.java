package org.openras.service.scenario;

import java.net.URI;
import org.openras.engine.request.FieldError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Scenario faults as RFC 9457 problem details (the service's other faults: problem/). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScenarioProblems {

  @ExceptionHandler(CaseloadNotFoundException.class)
  ProblemDetail caseloadNotFound(CaseloadNotFoundException e) {
    ProblemDetail p =
        problem(HttpStatus.NOT_FOUND, "caseload-not-found", "No caseload has this id", e);
    p.setProperty("caseloadId", e.id);
    return p;
  }

  @ExceptionHandler(ScenarioNotFoundException.class)
  ProblemDetail scenarioNotFound(ScenarioNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "scenario-not-found", "No scenario has this id", e);
  }

  @ExceptionHandler(ReportNotReadyException.class)
  ProblemDetail notReady(ReportNotReadyException e) {
    return problem(HttpStatus.CONFLICT, "report-not-ready", "The scenario has no report yet", e);
  }

  /** A CSV export not kept: every problem listed (up to CsvCaseloads.LISTED) by part and line. */
  @ExceptionHandler(CsvImportException.class)
  ProblemDetail csvRefused(CsvImportException e) {
    ProblemDetail p =
        problem(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "caseload-not-imported",
            "The CSV export could not be kept as a caseload",
            e);
    p.setProperty(
        "errors", e.problems().stream().map(f -> new FieldError(f.field(), f.problem())).toList());
    p.setProperty("rowsRead", e.rows());
    p.setProperty("rowsRejected", e.rejected());
    p.setProperty("problemCount", e.problemCount());
    return p;
  }

  private static ProblemDetail problem(
      HttpStatus status, String slug, String title, RuntimeException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    p.setType(URI.create("urn:openras:problem:" + slug));
    p.setTitle(title);
    return p;
  }
}
