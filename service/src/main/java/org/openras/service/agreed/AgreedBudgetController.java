package org.openras.service.agreed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agreed budgets over HTTP (docs/adr/0027): assessors propose against a recorded calculation and
 * may withdraw their proposal; panel members approve or refuse; auditors read each budget's chain
 * of steps.
 */
@RestController
@Tag(
    name = "Agreed budgets",
    description = "From the indicative figure to the agreed personal budget, with who decided")
@SecurityRequirement(name = "basic")
class AgreedBudgetController {
  private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  private final AgreedBudgets budgets;

  AgreedBudgetController(AgreedBudgets budgets) {
    this.budgets = budgets;
  }

  @PostMapping(
      path = "/api/v1/calculations/{id}/agreed-budgets",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Propose an agreed budget against a recorded calculation",
      description =
          "The agreed weekly budget, the support plan's weekly cost and, when it differs from"
              + " the calculation's indicative figure, a reason code (openras.agreed-budgets.reasons)"
              + " with optional free text. Above the RAS ceiling, or further from the indicative"
              + " figure than the tolerance (openras.agreed-budgets.tolerance-percent, default 10,"
              + " and tolerance-amount when set), it awaits a panel member other than the"
              + " proposer (status AWAITING_PANEL); otherwise it is agreed as proposed (AGREED)."
              + " The step is an audit record chained with the calculations, committed before"
              + " the answer. Role: ASSESSOR.")
  @ApiResponse(responseCode = "201", description = "The agreed budget as it now stands")
  ResponseEntity<AgreedBudget> propose(
      @Parameter(description = "The calculationId") @PathVariable UUID id,
      @RequestBody BudgetProposal proposal,
      Authentication who) {
    return ResponseEntity.status(HttpStatus.CREATED).body(budgets.propose(id, proposal, who));
  }

  @GetMapping(
      path = "/api/v1/calculations/{id}/agreed-budgets",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "The agreed budgets proposed against a calculation",
      description = "Oldest first, each as it now stands. Role: ASSESSOR.")
  @ApiResponse(responseCode = "200", description = "The agreed budgets")
  List<AgreedBudget> ofCalculation(
      @Parameter(description = "The calculationId") @PathVariable UUID id) {
    budgets.indicative(id); // 404 for an unknown calculation
    return budgets.forCalculation(id);
  }

  @GetMapping(path = "/api/v1/agreed-budgets", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Agreed budgets by status: the panel's queue",
      description =
          "status=AWAITING_PANEL (default) is the queue of proposals awaiting a panel member,"
              + " oldest first; AGREED, REFUSED or WITHDRAWN list those. Roles: PANEL, AUDITOR.")
  @ApiResponse(responseCode = "200", description = "The agreed budgets with that status")
  List<AgreedBudget> byStatus(
      @Parameter(description = "AWAITING_PANEL (default), AGREED, REFUSED or WITHDRAWN")
          @RequestParam(defaultValue = "AWAITING_PANEL")
          String status) {
    AgreedBudget.Status s;
    try {
      s = AgreedBudget.Status.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          List.of(
              new FieldError("status", "must be AWAITING_PANEL, AGREED, REFUSED or WITHDRAWN")));
    }
    return budgets.withStatus(s);
  }

  @GetMapping(path = "/api/v1/agreed-budgets/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "One agreed budget as it now stands",
      description = "Roles: ASSESSOR, PANEL, AUDITOR.")
  @ApiResponse(responseCode = "200", description = "The agreed budget")
  AgreedBudget one(@Parameter(description = "The agreed budget's id") @PathVariable UUID id) {
    return budgets.find(id);
  }

  @GetMapping(
      path = "/api/v1/agreed-budgets/{id}/steps",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "The chain of an agreed budget: each step's audit record",
      description =
          "Proposed, then approved, refused or withdrawn: who, when, with what figures and"
              + " reasons, each record's place in the hash chain (sequence, previous hash, hash)"
              + " and whether its fields still hash to its stored hash. GET"
              + " /api/v1/audit/verify checks the whole chain. Roles: ASSESSOR, PANEL, AUDITOR.")
  @ApiResponse(responseCode = "200", description = "The steps, in order")
  List<StepRecord> steps(@Parameter(description = "The agreed budget's id") @PathVariable UUID id) {
    return budgets.chain(id).stream().map(StepRecord::of).toList();
  }

  @PostMapping(
      path = "/api/v1/agreed-budgets/{id}/approval",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Approve a proposed agreed budget",
      description =
          "A panel member other than the proposer agrees a proposal that awaits a panel, with"
              + " optional reasons. Role: PANEL.")
  @ApiResponse(responseCode = "200", description = "The agreed budget, now AGREED")
  AgreedBudget approve(
      @Parameter(description = "The agreed budget's id") @PathVariable UUID id,
      @RequestBody BudgetDecision decision,
      Authentication who) {
    return budgets.approve(id, decision, who);
  }

  @PostMapping(
      path = "/api/v1/agreed-budgets/{id}/refusal",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Refuse a proposed agreed budget, with reasons",
      description =
          "A panel member other than the proposer refuses a proposal that awaits a panel;"
              + " reasons are required. Role: PANEL.")
  @ApiResponse(responseCode = "200", description = "The agreed budget, now REFUSED")
  AgreedBudget refuse(
      @Parameter(description = "The agreed budget's id") @PathVariable UUID id,
      @RequestBody BudgetDecision decision,
      Authentication who) {
    return budgets.refuse(id, decision, who);
  }

  @PostMapping(
      path = "/api/v1/agreed-budgets/{id}/withdrawal",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Withdraw one's own proposal before a decision, with reasons",
      description = "Only its proposer may withdraw it. Role: ASSESSOR.")
  @ApiResponse(responseCode = "200", description = "The agreed budget, now WITHDRAWN")
  AgreedBudget withdraw(
      @Parameter(description = "The agreed budget's id") @PathVariable UUID id,
      @RequestBody BudgetDecision decision,
      Authentication who) {
    return budgets.withdraw(id, decision, who);
  }
}
