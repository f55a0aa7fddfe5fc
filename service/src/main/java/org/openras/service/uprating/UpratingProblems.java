package org.openras.service.uprating;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Uprating faults of the API as RFC 9457 problem details (the pages show their own). */
@RestControllerAdvice(assignableTypes = UpratingController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UpratingProblems {

  @ExceptionHandler(UpratingNotFoundException.class)
  ProblemDetail notFound(UpratingNotFoundException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    p.setType(URI.create("urn:openras:problem:uprating-not-found"));
    p.setTitle("No such uprating draft");
    return p;
  }

  @ExceptionHandler(UpratingConflictException.class)
  ProblemDetail conflict(UpratingConflictException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    p.setType(URI.create("urn:openras:problem:uprating-conflict"));
    p.setTitle("The uprating draft cannot be made or changed as asked");
    return p;
  }
}
