package org.openras.service.ruleset;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Rule-set faults as RFC 9457 problem details (the service's other faults: problem/). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RuleSetProblems {

  @ExceptionHandler(RuleSetNotFoundException.class)
  ProblemDetail notFound(RuleSetNotFoundException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    p.setType(URI.create("urn:openras:problem:rule-set-not-found"));
    p.setTitle("The service serves no such rule set");
    p.setProperty("area", e.area);
    p.setProperty("version", e.version);
    p.setProperty(e.version == null ? "areas" : "versions", e.served);
    return p;
  }
}
