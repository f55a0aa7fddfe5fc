package org.openras.service.problem;

import java.util.List;
import org.openras.engine.catalogue.RuleSetSelectionException;
import org.openras.engine.params.MissingParameterException;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every fault as an RFC 9457 problem detail. Spring's base class already answers 404, 405, 406 and
 * 415 that way; this adds the engine's faults, bodies that cannot be bound, and a last resort that
 * logs the fault here and tells the caller nothing internal.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
  private static final int MAX_CAUSES = 10;

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
    return respond(Problems.INVALID_REQUEST, describe(e.errors()), e.errors());
  }

  @ExceptionHandler(RuleSetSelectionException.class)
  ResponseEntity<ProblemDetail> noRuleSet(RuleSetSelectionException e) {
    String field = e.pinnedVersion() == null ? "assessmentDate" : "ruleSetVersions." + e.area();
    ResponseEntity<ProblemDetail> response =
        respond(
            Problems.NO_RULE_SET, e.getMessage(), List.of(new FieldError(field, e.getMessage())));
    ProblemDetail problem = response.getBody();
    problem.setProperty("area", e.area());
    problem.setProperty("date", e.date());
    problem.setProperty("pinnedVersion", e.pinnedVersion());
    problem.setProperty("periods", e.periods());
    return response;
  }

  @ExceptionHandler(MissingParameterException.class)
  ResponseEntity<ProblemDetail> missingParameter(MissingParameterException e) {
    log.warn("Calculation refused: {}", e.getMessage());
    ResponseEntity<ProblemDetail> response =
        respond(Problems.MISSING_PARAMETER, e.getMessage(), null);
    ProblemDetail problem = response.getBody();
    problem.setProperty("area", e.area());
    problem.setProperty("version", e.version());
    problem.setProperty("parameter", e.parameter());
    problem.setProperty("date", e.date());
    return response;
  }

  /** The last resort: logged in full here, told to the caller without any internal detail. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    ResponseEntity<ProblemDetail> engineFault = wrappedEngineFault(e);
    if (engineFault != null) {
      return engineFault;
    }
    log.error("Calculation failed unexpectedly", e);
    return respond(
        Problems.INTERNAL,
        "Something went wrong on our side; the fault has been logged. Please try again later.",
        null);
  }

  /**
   * An engine fault thrown inside a rule reaches us wrapped by Drools (a consequence exception):
   * answer for the fault itself, as if the engine had thrown it directly.
   */
  private ResponseEntity<ProblemDetail> wrappedEngineFault(Exception e) {
    Throwable cause = e.getCause();
    for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
      if (cause instanceof MissingParameterException m) {
        return missingParameter(m);
      }
      if (cause instanceof RuleSetSelectionException s) {
        return noRuleSet(s);
      }
      if (cause instanceof InvalidRequestException i) {
        return invalid(i);
      }
      cause = cause.getCause();
    }
    return null;
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors = List.of(BindingErrors.of(e.getCause()));
    return ResponseEntity.status(Problems.INVALID_REQUEST.status())
        .headers(headers)
        .body(Problems.INVALID_REQUEST.detail(describe(errors), errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotWritable(
      HttpMessageNotWritableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    log.error("A result could not be written", e);
    return ResponseEntity.status(Problems.INTERNAL.status())
        .body(
            Problems.INTERNAL.detail(
                "The result could not be written; the fault is logged.", null));
  }

  private static ResponseEntity<ProblemDetail> respond(
      Problems kind, String detail, List<FieldError> errors) {
    return ResponseEntity.status(kind.status()).body(kind.detail(detail, errors));
  }

  private static String describe(List<FieldError> errors) {
    return errors.size() == 1
        ? "One field is invalid: " + errors.get(0).field() + " " + errors.get(0).problem()
        : errors.size() + " fields are invalid; see errors";
  }
}
