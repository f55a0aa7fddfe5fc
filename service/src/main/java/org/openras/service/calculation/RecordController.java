package org.openras.service.calculation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A recorded calculation: {@code GET /api/v1/calculations/{id}} and {@code POST .../replay}. */
@RestController
@RequestMapping("/api/v1/calculations/{id}")
@Tag(name = "Calculations", description = "Indicative personal budgets, explained and recorded")
@SecurityRequirement(name = "basic")
class RecordController {
  private static final String PROBLEM = CalculationController.PROBLEM;
  static final String INTEGRITY = "OpenRAS-Record-Integrity";

  private final Replayer replayer;

  RecordController(Replayer replayer) {
    this.replayer = replayer;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "The audit record of one calculation",
      description =
          "Who asked and when, the exact request and result, the rule-set versions and hashes"
              + " used, the engine version and the record's place in the hash chain. Roles:"
              + " ASSESSOR, AUDITOR.")
  @ApiResponse(
      responseCode = "200",
      description =
          "The audit record, with its integrity: a record whose fields no longer hash to its"
              + " stored hash is still served, marked hash-mismatch",
      headers =
          @Header(
              name = INTEGRITY,
              description = "intact or hash-mismatch, as the record's integrity member",
              schema = @Schema(allowableValues = {"intact", "hash-mismatch"})))
  ResponseEntity<CalculationRecord> record(
      @Parameter(description = "The calculationId") @PathVariable UUID id) {
    CalculationRecord record = replayer.record(id);
    return ResponseEntity.ok().header(INTEGRITY, record.integrity()).body(record);
  }

  @PostMapping(path = "/replay", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Re-run a recorded calculation on the versions it recorded",
      description =
          "Runs the recorded request again, as decided then (rules=recorded: every area pinned"
              + " to its recorded version) or under the rules in force on its date as known today"
              + " (rules=current), says"
              + " whether each version's files still have the recorded hash, and whether the"
              + " result is identical; if not, lists what differs (JSON path, recorded value,"
              + " value now). Nothing is recorded. Role: AUDITOR.")
  @ApiResponse(responseCode = "200", description = "The replay's findings")
  ReplayReport replay(
      @Parameter(description = "The calculationId") @PathVariable UUID id,
      @Parameter(
              description =
                  "recorded (default): as decided then, on the recorded versions; current: under"
                      + " the rules in force on the assessment date as known today, after any"
                      + " correction")
          @RequestParam(defaultValue = ReplayReport.RECORDED)
          String rules) {
    if (!ReplayReport.RECORDED.equals(rules) && !ReplayReport.CURRENT.equals(rules)) {
      throw new InvalidRequestException(
          List.of(new FieldError("rules", "must be recorded or current")));
    }
    return replayer.replay(id, rules);
  }
}
