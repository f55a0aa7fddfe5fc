package org.openras.service.directpayment;

import java.net.URI;
import java.util.List;
import org.openras.engine.request.FieldError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A statement that is not there, as an RFC 9457 problem detail naming the field. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DirectPaymentProblems {

  @ExceptionHandler(DirectPaymentNotFoundException.class)
  ProblemDetail notFound(DirectPaymentNotFoundException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    p.setType(URI.create("urn:openras:problem:direct-payment-statement-not-found"));
    p.setTitle("No imported statement has this id");
    p.setProperty("errors", List.of(new FieldError("id", e.getMessage())));
    return p;
  }
}
