package org.openras.service.problem;

import java.net.URI;
import java.util.List;
import org.openras.engine.request.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The kinds of problem the service reports, each with a stable type URI a client can test. */
enum Problems {
  INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields"),
  NO_RULE_SET(
      HttpStatus.UNPROCESSABLE_CONTENT, "no-rule-set", "No rule-set version covers the request"),
  MISSING_PARAMETER(
      HttpStatus.UNPROCESSABLE_CONTENT,
      "missing-parameter",
      "The rule set lacks a figure this calculation needs"),
  UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in to use this endpoint"),
  FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Your role may not use this endpoint"),
  CALCULATION_NOT_FOUND(
      HttpStatus.NOT_FOUND, "calculation-not-found", "No calculation has this id"),
  PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "The request is too large"),
  CROSS_SITE(
      HttpStatus.FORBIDDEN, "cross-site-request", "A request from another site's page is refused"),
  TOO_MANY_SIGN_INS(
      HttpStatus.TOO_MANY_REQUESTS,
      "too-many-sign-ins",
      "Too many failed sign-ins; wait before trying again"),
  REQUEST_REJECTED(
      HttpStatus.BAD_REQUEST, "request-rejected", "The request's address or method is refused"),
  AUDIT_UNAVAILABLE(
      HttpStatus.SERVICE_UNAVAILABLE,
      "audit-unavailable",
      "The calculation could not be recorded, so no result is given"),
  IDENTITY_PROVIDER_UNAVAILABLE(
      HttpStatus.SERVICE_UNAVAILABLE,
      "identity-provider-unavailable",
      "The identity provider could not be reached to check the token"),
  IDEMPOTENCY_KEY_REUSED(
      HttpStatus.UNPROCESSABLE_CONTENT,
      "idempotency-key-reused",
      "This Idempotency-Key was used for another request"),
  IDEMPOTENCY_KEY_IN_FLIGHT(
      HttpStatus.CONFLICT,
      "idempotency-key-in-flight",
      "A request with this Idempotency-Key is still being answered"),
  INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "The calculation could not be completed");

  private final HttpStatus status;
  private final URI type;
  private final String title;

  Problems(HttpStatus status, String slug, String title) {
    this.status = status;
    this.type = URI.create("urn:openras:problem:" + slug);
    this.title = title;
  }

  /** A status with no kind of its own (404, 405, 400 from the server): about:blank, its phrase. */
  static ProblemDetail forStatus(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    return ProblemDetail.forStatusAndDetail(
        known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known,
        known == null ? "The request could not be answered." : known.getReasonPhrase() + ".");
  }

  HttpStatus status() {
    return status;
  }

  ProblemDetail detail(String detail, List<FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setTitle(title);
    if (errors != null) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }
}
