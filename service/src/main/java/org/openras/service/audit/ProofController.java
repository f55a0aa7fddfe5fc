package org.openras.service.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.openras.service.audit.merkle.InclusionProof;
import org.openras.service.calculation.CalculationNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/calculations/{id}/proof}: a record's inclusion proof (docs/adr/0009). */
@RestController
@Tag(name = "Audit", description = "The tamper-evident record of every calculation")
@SecurityRequirement(name = "basic")
class ProofController {
  private final LogProofs proofs;

  ProofController(LogProofs proofs) {
    this.proofs = proofs;
  }

  @GetMapping(path = "/api/v1/calculations/{id}/proof", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "The inclusion proof of one calculation's audit record",
      description =
          "That the record is in the log the latest signed checkpoint commits to (RFC 9162"
              + " §2.1.3): its hash, its sequence, the audit path and the checkpoint. Check it"
              + " without the service: verify-proof <public-key.pem> <checkpoint> <proof.json>."
              + " A record newer than the latest checkpoint has one taken first. Roles: ASSESSOR,"
              + " AUDITOR (those who may read the record).")
  @ApiResponse(responseCode = "200", description = "The proof")
  InclusionProof proof(@Parameter(description = "The calculationId") @PathVariable UUID id) {
    return proofs.prove(id).orElseThrow(() -> new CalculationNotFoundException(id));
  }

  /** 409 {@code urn:openras:problem:checkpoint-refused}: nothing was signed. */
  @ExceptionHandler(CheckpointRefusedException.class)
  static ResponseEntity<ProblemDetail> refused(CheckpointRefusedException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT, e.getMessage() + ". Run GET /api/v1/audit/verify.");
    p.setType(URI.create("urn:openras:problem:checkpoint-refused"));
    p.setTitle("The audit log does not extend its last checkpoint");
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(p);
  }
}
