package org.openras.service.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit/verify}: checks the audit chain end to end (auditors only). */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The tamper-evident record of every calculation")
@SecurityRequirement(name = "basic")
class AuditController {
  private final ChainVerifier verifier;

  AuditController(ChainVerifier verifier) {
    this.verifier = verifier;
  }

  @GetMapping(path = "/verify", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Check the audit chain end to end",
      description =
          "Recomputes every audit record's hash from its stored fields and checks that each links"
              + " to the one before, with no gap in the sequence. Answers 200 either way: intact"
              + " says whether the chain holds, and firstBroken names the first record that does"
              + " not (its id, sequence and what is wrong). Role: AUDITOR.")
  @ApiResponse(responseCode = "200", description = "The outcome of the check")
  @ApiResponse(responseCode = "401", description = "No or wrong credentials")
  @ApiResponse(responseCode = "403", description = "Not an auditor")
  ChainVerification verify() {
    return verifier.verify();
  }
}
