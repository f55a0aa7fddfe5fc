package org.openras.service.forecast;

import java.net.URI;
import org.openras.service.scenario.CaseloadNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Forecast faults as RFC 9457 problem details (the service's other faults: problem/). */
@RestControllerAdvice(assignableTypes = ForecastController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ForecastProblems {

  @ExceptionHandler(ForecastNotFoundException.class)
  ProblemDetail notFound(ForecastNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "forecast-not-found", "No forecast has this id", e);
  }

  @ExceptionHandler(CaseloadNotFoundException.class)
  ProblemDetail caseloadNotFound(CaseloadNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "caseload-not-found", "No caseload has this id", e);
  }

  @ExceptionHandler(ForecastNotReadyException.class)
  ProblemDetail notReady(ForecastNotReadyException e) {
    return problem(HttpStatus.CONFLICT, "report-not-ready", "The forecast has no report", e);
  }

  /** Lines of the history or the young people that could not be read, by line and column. */
  @ExceptionHandler(ForecastInput.NotReadException.class)
  ProblemDetail notRead(ForecastInput.NotReadException e) {
    ProblemDetail p =
        problem(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "forecast-input-not-read",
            "The history or the young people could not be read",
            e);
    p.setProperty("errors", e.problems);
    p.setProperty("problemCount", e.count);
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
