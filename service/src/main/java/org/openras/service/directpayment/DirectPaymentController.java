package org.openras.service.directpayment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.openras.service.calculation.PlainWords;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Direct-payment monitoring over HTTP (docs/adr/0029): FINANCE imports and decides; FINANCE and
 * AUDITOR read.
 */
@RestController
@Tag(
    name = "Direct payments",
    description = "Direct-payment accounts: statements, reviews, surplus decisions and letters")
@RequestMapping("/api/v1/direct-payments")
class DirectPaymentController {
  private final DirectPayments payments;
  private final PlainWords words;

  DirectPaymentController(DirectPayments payments, PlainWords words) {
    this.payments = payments;
    this.words = words;
  }

  /** A CSV export and its column mapping, as text. */
  record StatementImportRequest(String csv, String mapping) {}

  @PostMapping("/statements")
  @Operation(
      summary = "Import direct-payment account statements from a CSV export",
      description =
          "Reads a prepaid-card or bank export through a column mapping (one line per account and"
              + " period), keeps each good line as a statement and lists every line not kept with"
              + " its line number, column and problem (a cell that is not a date or an amount, a"
              + " statement that does not add up, a period imported before). Role: FINANCE.")
  @ApiResponse(responseCode = "201", description = "The statements kept and the lines not kept")
  ResponseEntity<DirectPaymentViews.StatementImportReport> importStatements(
      @RequestBody StatementImportRequest body, Authentication actor) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(payments.importCsv(body.csv(), body.mapping(), actor));
  }

  @GetMapping("/accounts")
  @Operation(
      summary = "The accounts a finance officer must look at",
      description =
          "Each account's latest statement reviewed by the direct-payment rules in force at its"
              + " period's end: accounts with an amount to recover (and since when), accounts of"
              + " holders who have died, reviews due (SI 2014/2871 reg 7) and returns overdue, as"
              + " of today. Roles: FINANCE, AUDITOR.")
  @ApiResponse(responseCode = "200", description = "The four lists")
  DirectPaymentViews.DirectPaymentMonitoring accounts() {
    return payments.monitoring();
  }

  @GetMapping("/statements/{id}")
  @Operation(
      summary = "One statement reviewed, with the decisions on it",
      description =
          "The amount recoverable and every figure behind it, the rule-set versions, the rules"
              + " that fired with their sources, the figures read, and the decisions recorded."
              + " Roles: FINANCE, AUDITOR.")
  @ApiResponse(responseCode = "200", description = "The review")
  DirectPaymentViews.StatementReview statement(
      @Parameter(description = "The statementId an import gave") @PathVariable UUID id) {
    return payments.review(id);
  }

  @PostMapping("/statements/{id}/decisions")
  @Operation(
      summary = "Record a decision on a statement: recover, waive (with a reason) or defer",
      description =
          "Answered only after the audit record (the decision, the statement and the calculation"
              + " with its trace) is committed in the hash-chained trail, which"
              + " GET /api/v1/audit/verify checks. Role: FINANCE.")
  @ApiResponse(responseCode = "201", description = "The decision, naming its audit record")
  ResponseEntity<StatementTable.DirectPaymentDecision> decide(
      @Parameter(description = "The statementId an import gave") @PathVariable UUID id,
      @RequestBody DirectPaymentViews.DirectPaymentDecisionRequest body,
      Authentication actor) {
    return ResponseEntity.status(HttpStatus.CREATED).body(payments.decide(id, body, actor));
  }

  @GetMapping("/statements/{id}/letter")
  @Operation(
      summary = "The letter to the person or their representative, as words",
      description =
          "Plain English: what was kept, what is left over, what is due back and why, with the"
              + " rules that produced it and their sources. Roles: FINANCE, AUDITOR.")
  DirectPaymentLetter letter(
      @Parameter(description = "The statementId an import gave") @PathVariable UUID id) {
    return letterOf(id);
  }

  @Operation(
      summary = "The letter as a PDF",
      description = "The same words as the letter. Roles: FINANCE, AUDITOR.")
  @GetMapping(value = "/statements/{id}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> letterPdf(
      @Parameter(description = "The statementId an import gave") @PathVariable UUID id) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .body(LetterPdf.of(letterOf(id)));
  }

  private DirectPaymentLetter letterOf(UUID id) {
    var review = payments.review(id);
    var decisions = review.decisions();
    return DirectPaymentLetter.of(
        review.review(), decisions.isEmpty() ? null : decisions.get(decisions.size() - 1), words);
  }
}
