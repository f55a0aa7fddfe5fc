package org.openras.service.measures;

import java.net.URI;
import org.openras.engine.request.FieldError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Register faults as RFC 9457 problem details (the service's other faults: problem/). */
@RestControllerAdvice(assignableTypes = MeasuresController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MeasureProblems {

  @ExceptionHandler(RegisterNotFoundException.class)
  ProblemDetail notFound(RegisterNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "register-not-found", "No register has this id", e);
  }

  /** An export of which nothing could be kept: every problem by line, as errors[]. */
  @ExceptionHandler(RegisterImportException.class)
  ProblemDetail notImported(RegisterImportException e) {
    ProblemDetail p =
        problem(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "register-not-imported",
            "The register export could not be kept",
            e);
    p.setProperty(
        "errors",
        e.problems.stream()
            .limit(200)
            .map(f -> new FieldError("line " + f.line() + ": " + f.column(), f.problem()))
            .toList());
    p.setProperty("rowsRead", e.rows);
    p.setProperty("problemCount", e.problems.size());
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
