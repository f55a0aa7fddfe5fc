package org.openras.service.publication;

import java.net.URI;
import org.openras.service.publication.PublicationViews.FindingView;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Publication faults as RFC 9457 problem details. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicationProblems {

  @ExceptionHandler(PublicationConflictException.class)
  ProblemDetail conflict(PublicationConflictException e) {
    ProblemDetail p = problem(HttpStatus.CONFLICT, "publication-conflict", e.getMessage());
    p.setTitle("The publication log does not allow this for the version as it stands");
    p.setProperty("area", e.area);
    p.setProperty("version", e.version);
    p.setProperty("state", e.state.name());
    return p;
  }

  @ExceptionHandler(ApprovalRequiredException.class)
  ProblemDetail approvalRequired(ApprovalRequiredException e) {
    ProblemDetail p = problem(HttpStatus.CONFLICT, "approval-required", e.getMessage());
    p.setTitle("Publishing and withdrawing need a second policy officer's approval");
    p.setProperty("area", e.area);
    p.setProperty("version", e.version);
    p.setProperty(
        "proposals",
        "/api/v1/rulesets/" + e.area.replace('/', '~') + "/" + e.version + "/proposals");
    return p;
  }

  @ExceptionHandler(VersionNotPublishableException.class)
  ProblemDetail invalid(VersionNotPublishableException e) {
    ProblemDetail p =
        problem(HttpStatus.UNPROCESSABLE_CONTENT, "version-not-publishable", e.getMessage());
    p.setTitle("The version failed its checks and was not published");
    p.setProperty("area", e.area);
    p.setProperty("version", e.version);
    p.setProperty("findings", e.findings.stream().map(FindingView::of).toList());
    return p;
  }

  @ExceptionHandler(NoSuchVersionException.class)
  ProblemDetail notFound(NoSuchVersionException e) {
    ProblemDetail p = problem(HttpStatus.NOT_FOUND, "rule-set-not-found", e.getMessage());
    p.setTitle("The service has no such rule set");
    p.setProperty("area", e.area);
    p.setProperty("version", e.version);
    p.setProperty("versions", e.known);
    return p;
  }

  @ExceptionHandler(RefusedSetException.class)
  ProblemDetail unreadable(RefusedSetException e) {
    ProblemDetail p =
        problem(HttpStatus.SERVICE_UNAVAILABLE, "published-rules-unreadable", e.getMessage());
    p.setTitle("The published rule sets cannot be read; see /actuator/health");
    p.setProperty("refused", e.refusals);
    return p;
  }

  private static ProblemDetail problem(HttpStatus status, String slug, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(URI.create("urn:openras:problem:" + slug));
    return p;
  }
}
