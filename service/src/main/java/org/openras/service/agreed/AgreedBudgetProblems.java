package org.openras.service.agreed;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Agreed budgets' refusals as RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = AgreedBudgetController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AgreedBudgetProblems {

  @ExceptionHandler(AgreedBudgetNotFoundException.class)
  ProblemDetail notFound(AgreedBudgetNotFoundException e) {
    ProblemDetail p = problem(HttpStatus.NOT_FOUND, "agreed-budget-not-found", e.getMessage());
    p.setTitle("No such agreed budget");
    p.setProperty("agreedBudgetId", e.id);
    return p;
  }

  @ExceptionHandler(AgreedBudgetConflictException.class)
  ProblemDetail conflict(AgreedBudgetConflictException e) {
    ProblemDetail p =
        e.ownProposal
            ? problem(HttpStatus.FORBIDDEN, "own-proposal", e.getMessage())
            : problem(HttpStatus.CONFLICT, "agreed-budget-conflict", e.getMessage());
    p.setTitle(
        e.ownProposal
            ? "A proposal needs a second person: its proposer may not decide it"
            : "The agreed budget does not allow this as it stands");
    p.setProperty("agreedBudgetId", e.id);
    p.setProperty("status", e.status.name());
    return p;
  }

  private static ProblemDetail problem(HttpStatus status, String slug, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(URI.create("urn:openras:problem:" + slug));
    return p;
  }
}
