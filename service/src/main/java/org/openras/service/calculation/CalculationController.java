package org.openras.service.calculation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/calculations}: binds the engine's own request record and returns its result
 * record, so a field added to either reaches HTTP without a change here.
 */
@RestController
@RequestMapping("/api/v1/calculations")
@Tag(name = "Calculations", description = "Indicative personal budgets, explained")
class CalculationController {
  private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  private final OpenRasEngine engine;

  CalculationController(OpenRasEngine engine) {
    this.engine = engine;
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
              + " budget is indicative (Care and Support Statutory Guidance 11.24). Nothing is"
              + " stored.")
  @ApiResponse(responseCode = "200", description = "The result, with its explanation")
  @ApiResponse(
      responseCode = "400",
      description = "Bad input: every bad field is named in errors[] as {field, problem}",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(
      responseCode = "415",
      description = "The body is not application/json",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(
      responseCode = "422",
      description =
          "No rule-set version can be used: none in force on the date, or the pinned version"
              + " does not cover it (names area, date and the periods available); or the rule set"
              + " lacks a figure the calculation needs (names the parameter)",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  CalculationResult calculate(@RequestBody CalculationRequest request) {
    return engine.calculate(request);
  }
}
