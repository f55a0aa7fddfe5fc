package org.openras.service.problem;

import java.util.List;
import java.util.UUID;
import org.openras.engine.catalogue.RuleSetSelectionException;
import org.openras.engine.params.MissingParameterException;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.service.audit.AuditUnavailableException;
import org.openras.service.audit.AuditWithdrawnException;
import org.openras.service.calculation.CalculationNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
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
    put(problem, "area", e.area());
    put(problem, "date", e.date());
    put(problem, "pinnedVersion", e.pinnedVersion());
    put(problem, "periods", e.periods());
    return response;
  }

  @ExceptionHandler(MissingParameterException.class)
  ResponseEntity<ProblemDetail> missingParameter(MissingParameterException e) {
    log.warn("Calculation refused: {}", e.getMessage());
    ResponseEntity<ProblemDetail> response =
        respond(Problems.MISSING_PARAMETER, e.getMessage(), null);
    ProblemDetail problem = response.getBody();
    put(problem, "area", e.area());
    put(problem, "version", e.version());
    put(problem, "parameter", e.parameter());
    put(problem, "description", e.description());
    put(problem, "date", e.date());
    put(problem, "chargingYear", e.chargingYear());
    put(problem, "whatWouldSupplyIt", e.whatWouldSupplyIt());
    return response;
  }

  /** A member only when it has a value: answers never carry null members (docs/adr/0023). */
  private static void put(ProblemDetail problem, String name, Object value) {
    if (value != null) {
      problem.setProperty(name, value);
    }
  }

  @ExceptionHandler(CalculationNotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(CalculationNotFoundException e) {
    ResponseEntity<ProblemDetail> response =
        respond(Problems.CALCULATION_NOT_FOUND, e.getMessage(), null);
    response.getBody().setProperty("calculationId", e.id());
    return response;
  }

  /** Logged in full (the database's fault, not the caller's); the caller may try again. */
  @ExceptionHandler(AuditUnavailableException.class)
  ResponseEntity<ProblemDetail> auditUnavailable(AuditUnavailableException e) {
    log.error("A calculation was refused because its audit record could not be written", e);
    return ResponseEntity.status(Problems.AUDIT_UNAVAILABLE.status())
        .header(HttpHeaders.RETRY_AFTER, "30")
        .body(
            Problems.AUDIT_UNAVAILABLE.detail(
                "The audit trail cannot be written just now, so no result is given. Please try"
                    + " again later.",
                null));
  }

  /**
   * A calculation whose Idempotency-Key was recorded by another request while it was calculated
   * (another instance, or a repeat that just missed the first): nothing was recorded for this one
   * (docs/adr/0022). A retry gets the first answer.
   */
  @ExceptionHandler(AuditWithdrawnException.class)
  ResponseEntity<ProblemDetail> withdrawn(AuditWithdrawnException e) {
    return ResponseEntity.status(Problems.IDEMPOTENCY_KEY_IN_FLIGHT.status())
        .header(HttpHeaders.RETRY_AFTER, "1")
        .body(ProblemWriter.idempotencyKeyInFlight());
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field = e.getPropertyName() == null ? "path" : e.getPropertyName();
    List<FieldError> errors =
        List.of(new FieldError(field, "must be " + expectedValue(e.getRequiredType())));
    return ResponseEntity.status(Problems.INVALID_REQUEST.status())
        .body(Problems.INVALID_REQUEST.detail(describe(errors), errors));
  }

  private static String expectedValue(Class<?> type) {
    return type == UUID.class
        ? "a calculation id (a UUID such as 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b)"
        : BindingErrors.expected(type);
  }

  /** The last resort: logged in full here, told to the caller without any internal detail. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    ResponseEntity<ProblemDetail> engineFault = wrappedEngineFault(e);
    if (engineFault != null) {
      return engineFault;
    }
    log.error("A request failed unexpectedly", e);
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
    BodySizeLimit.TooLargeException tooLarge = tooLarge(e);
    if (tooLarge != null) {
      return ResponseEntity.status(Problems.PAYLOAD_TOO_LARGE.status())
          .body(ProblemWriter.tooLarge(tooLarge.limit));
    }
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

  /**
   * A multipart body (a caseload upload) over the multipart limits, which follow {@code
   * openras.http.max-caseload-size}; or a part sent without a file name, which the server reads as
   * a form field, over the much smaller limit of form fields.
   */
  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String cause = String.valueOf(e.getMostSpecificCause().getMessage());
    ProblemDetail problem =
        e.getMaxUploadSize() > 0
            ? ProblemWriter.tooLarge(e.getMaxUploadSize())
            : Problems.PAYLOAD_TOO_LARGE.detail(
                cause.contains("maxPostSize")
                    ? "A part sent without a file name is read as a form field, and form fields are"
                        + " limited to a few megabytes: send files as file parts (with curl, -F"
                        + " csv=@export.csv rather than -F csv=<export.csv)."
                    : "The request body is larger than this service reads"
                        + " (openras.http.max-caseload-size for a caseload upload).",
                null);
    return ResponseEntity.status(Problems.PAYLOAD_TOO_LARGE.status()).body(problem);
  }

  /**
   * A multipart body that cannot be read (no boundary, cut short): the caller's fault, not ours.
   */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e) {
    List<FieldError> errors =
        List.of(
            new FieldError(
                BindingErrors.BODY,
                "cannot be read as multipart/form-data: each part must be separated by the"
                    + " boundary named in the Content-Type header"));
    return respond(Problems.INVALID_REQUEST, describe(errors), errors);
  }

  private static BodySizeLimit.TooLargeException tooLarge(Exception e) {
    Throwable cause = e.getCause();
    for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
      if (cause instanceof BodySizeLimit.TooLargeException t) {
        return t;
      }
      cause = cause.getCause();
    }
    return null;
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
