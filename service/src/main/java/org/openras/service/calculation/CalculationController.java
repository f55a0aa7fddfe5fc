package org.openras.service.calculation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.openras.engine.request.CalculationRequest;
import org.openras.service.idempotency.IdempotencyClaim;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/calculations}: binds the engine's own request record and returns its result
 * record with the id of its audit record ({@link CalculationResponse}), so a field added to either
 * reaches HTTP without a change here. The answer is an {@link AuditedResponse}: the same JSON
 * Jackson writes for {@link CalculationResponse}, written from the audited result text.
 */
@RestController
@RequestMapping("/api/v1/calculations")
@Tag(name = "Calculations", description = "Indicative personal budgets, explained and recorded")
@SecurityRequirement(name = "basic")
class CalculationController {
  static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  private final CalculationService calculations;

  CalculationController(CalculationService calculations) {
    this.calculations = calculations;
  }

  @PostMapping(
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Calculate an indicative personal budget for one assessment",
      description =
          "Selects, in each rule area, the rule-set version in force on the assessment date (or"
              + " the version pinned in ruleSetVersions), runs it on the person's needs and"
              + " informal support, and returns the figures with the versions used (with their"
              + " hashes), every parameter value read and the trace of every rule that fired. The"
              + " budget is indicative (Care and Support Statutory Guidance 11.24). The request and"
              + " result are recorded in the audit trail before the answer is sent; calculationId"
              + " is the record's id. Role: ASSESSOR.")
  @ApiResponse(
      responseCode = "200",
      description = "The result, with its explanation",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = CalculationResponse.class)))
  AuditedResponse calculate(
      @RequestBody CalculationRequest request,
      Authentication authentication,
      HttpServletRequest http) {
    // The CalculationResponse JSON, written from the result text the audit record holds rather
    // than by writing the result a second time (about 16 kB per result). An Idempotency-Key's
    // claim is committed with the audit record (docs/adr/0022).
    return calculations.answer(request, authentication, IdempotencyClaim.of(http));
  }
}
