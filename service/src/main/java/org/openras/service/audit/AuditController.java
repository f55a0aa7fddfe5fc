package org.openras.service.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit/verify}: checks the audit log end to end; {@code POST
 * /api/v1/audit/checkpoints}: takes a signed checkpoint now (auditors only).
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The tamper-evident record of every calculation")
@SecurityRequirement(name = "basic")
class AuditController {
  private final ChainVerifier verifier;
  private final Checkpointer checkpointer;

  AuditController(ChainVerifier verifier, Checkpointer checkpointer) {
    this.verifier = verifier;
    this.checkpointer = checkpointer;
  }

  @GetMapping(path = "/verify", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Check the audit chain and its signed checkpoints end to end",
      description =
          "Recomputes every audit record's hash from its stored fields and checks that each links"
              + " to the one before, with no gap in the sequence; then checks every signed"
              + " checkpoint in the checkpoint folder: its signature with the log's public key,"
              + " the Merkle root of the records up to its size, and that the log is not shorter"
              + " than it. Answers 200 either way: intact says whether all holds, firstBroken"
              + " names the first record that fails the chain, firstDivergence the first"
              + " checkpoint the records do not match. Role: AUDITOR.")
  @ApiResponse(responseCode = "200", description = "The outcome of the check")
  ChainVerification verify() {
    return verifier.verify(AuditMetrics.Trigger.DEMAND);
  }

  @PostMapping(path = "/checkpoints", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Take a signed checkpoint of the audit log now",
      description =
          "Extends the log's Merkle tree over every committed record, signs its origin, size and"
              + " root with the log's key and writes the checkpoint file (one is also taken every"
              + " minute when records were added). Answers the new checkpoint, or the latest one"
              + " when no record was added since. 409 when the database does not extend the"
              + " latest checkpoint: nothing is signed; run the verification. Role: AUDITOR.")
  @ApiResponse(responseCode = "200", description = "The checkpoint")
  CheckpointView checkpoint() {
    return CheckpointView.of(checkpointer.checkpoint());
  }

  @ExceptionHandler(CheckpointRefusedException.class)
  ResponseEntity<ProblemDetail> refused(CheckpointRefusedException e) {
    return ProofController.refused(e);
  }
}
