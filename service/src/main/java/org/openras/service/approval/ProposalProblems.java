package org.openras.service.approval;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Proposal refusals as RFC 9457 problem details naming the proposal. */
@RestControllerAdvice(assignableTypes = ProposalController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProposalProblems {

  @ExceptionHandler(ProposalException.class)
  ProblemDetail refused(ProposalException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status, e.getMessage());
    p.setType(URI.create("urn:openras:problem:" + e.slug));
    p.setTitle(e.title);
    if (e.proposalId != null) {
      p.setProperty("proposalId", e.proposalId);
    }
    return p;
  }
}
