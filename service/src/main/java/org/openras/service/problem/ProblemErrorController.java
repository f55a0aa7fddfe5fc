package org.openras.service.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replaces Spring Boot's error page ({@code /error}, where the servlet container sends an error set
 * outside Spring MVC: a page's refusal, a container's 400 or 404): a problem detail of the status,
 * never Boot's or Tomcat's own body. A browser asking for a page under {@code /web} gets the same
 * in a GOV.UK page instead, since staff read the pages, not JSON.
 */
@Controller
class ProblemErrorController implements ErrorController {
  private final JsonMapper mapper;

  ProblemErrorController(JsonMapper mapper) {
    this.mapper = mapper;
  }

  @RequestMapping("${server.error.path:/error}")
  @ResponseBody
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    ProblemDetail problem = problem(request);
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** For a browser: a GOV.UK page for the pages' own addresses, the problem detail elsewhere. */
  @RequestMapping(value = "${server.error.path:/error}", produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView page(HttpServletRequest request) {
    ProblemDetail problem = problem(request);
    HttpStatus status = HttpStatus.valueOf(problem.getStatus());
    String uri = problem.getInstance() == null ? "" : problem.getInstance().getPath();
    if (uri == null || !(uri.equals("/web") || uri.startsWith("/web/"))) {
      View json =
          (model, req, res) -> {
            res.setStatus(status.value());
            res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            mapper.writeValue(res.getOutputStream(), problem);
          };
      ModelAndView answer = new ModelAndView(json);
      answer.setStatus(status);
      return answer;
    }
    return new ModelAndView(
        "web/error",
        Map.of("status", status.value(), "detail", String.valueOf(problem.getDetail())),
        status);
  }

  private static ProblemDetail problem(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i && i >= 400 ? i : 500;
    ProblemDetail problem =
        status == Problems.PAYLOAD_TOO_LARGE.status().value()
            ? Problems.PAYLOAD_TOO_LARGE.detail(
                "The request body is larger than this service reads.", null)
            : Problems.forStatus(status);
    if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
      try {
        problem.setInstance(URI.create(uri));
      } catch (IllegalArgumentException e) {
        // An address that is not a URI is not repeated back.
      }
    }
    return problem;
  }
}
