package org.openras.service.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.openras.engine.request.FieldError;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem detail straight to a servlet response, for faults found before a request reaches
 * Spring MVC: no or wrong credentials, a role that may not use an endpoint, a body too large.
 */
@Component
public class ProblemWriter {
  /**
   * The request attribute naming why a request was refused with 401 or 403, for {@code
   * openras.security.refusals}: {@code no-credentials}, {@code bad-credentials}, a bearer token's
   * reason ({@code expired}, {@code signature}...), {@code role} or {@code cross-site}.
   */
  public static final String REFUSAL_REASON = ProblemWriter.class.getName() + ".refusalReason";

  private final JsonMapper mapper;

  ProblemWriter(JsonMapper mapper) {
    this.mapper = mapper;
  }

  public void unauthenticated(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    unauthenticated(request, response, false);
  }

  /**
   * No or wrong credentials; with {@code bearer} (an identity provider is configured) the answer
   * also offers a bearer token (RFC 6750).
   */
  public void unauthenticated(
      HttpServletRequest request, HttpServletResponse response, boolean bearer) throws IOException {
    request.setAttribute(
        REFUSAL_REASON,
        request.getHeader("Authorization") == null ? "no-credentials" : "bad-credentials");
    response.setHeader("WWW-Authenticate", "Basic realm=\"OpenRAS\"");
    if (bearer) {
      response.addHeader("WWW-Authenticate", "Bearer realm=\"OpenRAS\"");
    }
    write(
        request,
        response,
        Problems.UNAUTHENTICATED.detail(
            bearer
                ? "This endpoint needs a bearer token from the identity provider, or a user name"
                    + " and password (HTTP Basic); none were given or they are wrong."
                : "This endpoint needs a user name and password (HTTP Basic); none were given or"
                    + " they are wrong.",
            null));
  }

  /**
   * A bearer token refused (401): {@code reason} is a word a program can test ({@code expired},
   * {@code signature}, {@code issuer}, {@code audience}, {@code type}, {@code malformed}), {@code
   * words} says why.
   */
  public void bearerRefused(
      HttpServletRequest request, HttpServletResponse response, String reason, String words)
      throws IOException {
    request.setAttribute(REFUSAL_REASON, reason);
    String said = words.replace('"', '\'');
    response.setHeader(
        "WWW-Authenticate",
        "Bearer realm=\"OpenRAS\", error=\"invalid_token\", error_description=\"" + said + "\"");
    ProblemDetail problem =
        Problems.UNAUTHENTICATED.detail("The bearer token is refused: " + words + ".", null);
    problem.setProperty("reason", reason);
    write(request, response, problem);
  }

  /** The identity provider's keys could not be fetched to check a bearer token (503). */
  public void identityProviderUnavailable(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Retry-After", "30");
    write(
        request,
        response,
        Problems.IDENTITY_PROVIDER_UNAVAILABLE.detail(
            "The identity provider's signing keys could not be fetched, so the token could not"
                + " be checked; try again shortly.",
            null));
  }

  public void forbidden(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setAttribute(REFUSAL_REASON, "role");
    write(
        request,
        response,
        Problems.FORBIDDEN.detail(
            "You are signed in, but none of your roles may use this endpoint.", null));
  }

  /** A sign-in refused while too many have failed for this user or address (HTTP 429). */
  public void throttled(
      HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
      throws IOException {
    response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
    ProblemDetail problem =
        Problems.TOO_MANY_SIGN_INS.detail(
            "Too many sign-ins have failed for this user or from this address; no password is"
                + " checked until "
                + retryAfterSeconds
                + " seconds have passed.",
            null);
    problem.setProperty("retryAfterSeconds", retryAfterSeconds);
    write(request, response, problem);
  }

  /** A state-changing request sent by a page of another site (its Origin is not ours). */
  public void crossSite(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setAttribute(REFUSAL_REASON, "cross-site");
    write(
        request,
        response,
        Problems.CROSS_SITE.detail(
            "This request came from a page of another site (its Origin header names another"
                + " site), so it is refused. Call the API from a program, or from this service's"
                + " own pages.",
            null));
  }

  /**
   * A request refused before it reached any endpoint: an address the firewall refuses (encoded or
   * doubled slashes, dot segments, semicolons, control characters) or a method no endpoint takes.
   */
  public void rejected(HttpServletRequest request, HttpServletResponse response, int status)
      throws IOException {
    ProblemDetail problem =
        status == 405
            ? Problems.REQUEST_REJECTED.detail(
                "No endpoint of this service takes this HTTP method.", null)
            : Problems.REQUEST_REJECTED.detail(
                "The address is refused: it holds an encoded or doubled slash, a dot segment, a"
                    + " semicolon, a control character or another sequence this service does not"
                    + " accept in a path.",
                null);
    problem.setStatus(status);
    writeAt(response, problem);
  }

  /** Any other error status the server itself sets, as a problem detail of its own kind. */
  public static ProblemDetail forStatus(int status) {
    return Problems.forStatus(status);
  }

  /** A request header that is malformed (400), named in errors[] as the field. */
  public void invalidHeader(
      HttpServletRequest request, HttpServletResponse response, String header, String problem)
      throws IOException {
    write(
        request,
        response,
        Problems.INVALID_REQUEST.detail(
            "The header " + header + " " + problem + ".",
            List.of(new FieldError(header, problem))));
  }

  /** The same Idempotency-Key from the same user with another request (422, docs/adr/0022). */
  public void idempotencyKeyReused(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    write(request, response, idempotencyKeyReused());
  }

  static ProblemDetail idempotencyKeyReused() {
    return Problems.IDEMPOTENCY_KEY_REUSED.detail(
        "This Idempotency-Key was first sent with another request (another method, address or"
            + " body). A key names one request: send a new key for a new request, or the same"
            + " request to get its answer again.",
        null);
  }

  /** A repeat while the first request with the key is still being answered (409). */
  public void idempotencyKeyInFlight(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Retry-After", "1");
    write(request, response, idempotencyKeyInFlight());
  }

  static ProblemDetail idempotencyKeyInFlight() {
    return Problems.IDEMPOTENCY_KEY_IN_FLIGHT.detail(
        "A request with this Idempotency-Key is still being answered. Try again shortly: once"
            + " it is answered, the same request with the same key gets its answer.",
        null);
  }

  public void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit)
      throws IOException {
    write(request, response, tooLarge(limit));
  }

  static ProblemDetail tooLarge(long limit) {
    ProblemDetail problem =
        Problems.PAYLOAD_TOO_LARGE.detail(
            "The request body is larger than " + limit + " bytes, the most this service reads.",
            null);
    problem.setProperty("limitBytes", limit);
    return problem;
  }

  private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail p)
      throws IOException {
    p.setInstance(URI.create(request.getRequestURI()));
    writeAt(response, p);
  }

  /** Without an instance: the address of a rejected request is not repeated back. */
  private void writeAt(HttpServletResponse response, ProblemDetail p) throws IOException {
    response.setStatus(p.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    mapper.writeValue(response.getOutputStream(), p);
  }
}
