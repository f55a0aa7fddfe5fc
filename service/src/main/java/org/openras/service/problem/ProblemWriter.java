package org.openras.service.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
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
  private final JsonMapper mapper;

  ProblemWriter(JsonMapper mapper) {
    this.mapper = mapper;
  }

  public void unauthenticated(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"OpenRAS\"");
    write(
        request,
        response,
        Problems.UNAUTHENTICATED.detail(
            "This endpoint needs a user name and password (HTTP Basic); none were given or they"
                + " are wrong.",
            null));
  }

  public void forbidden(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    write(
        request,
        response,
        Problems.FORBIDDEN.detail(
            "You are signed in, but none of your roles may use this endpoint.", null));
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
    response.setStatus(p.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    mapper.writeValue(response.getOutputStream(), p);
  }
}
