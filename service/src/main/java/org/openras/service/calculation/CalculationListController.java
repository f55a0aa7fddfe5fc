package org.openras.service.calculation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.openras.service.audit.RecordSearch;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/calculations}: the calling assessor's own calculations (issue 21). */
@RestController
@Tag(name = "Calculations", description = "Indicative personal budgets, explained and recorded")
@SecurityRequirement(name = "basic")
class CalculationListController {
  private final RecordSearch records;

  CalculationListController(RecordSearch records) {
    this.records = records;
  }

  @GetMapping(path = "/api/v1/calculations", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "The caller's own calculations",
      description =
          "The calculations the calling assessor made (their audit records), by person reference"
              + " and by the UK days they were made (from and to, inclusive), newest first, a page"
              + " at a time. Saved drafts are not calculations and are not listed. Role: ASSESSOR.")
  @ApiResponse(responseCode = "200", description = "A page of calculations and how many match")
  RecordSearch.RecordList mine(
      @Parameter(description = "Only calculations of this person reference")
          @RequestParam(name = "person", required = false)
          String person,
      @Parameter(description = "Only calculations made on or after this UK day, yyyy-MM-dd")
          @RequestParam(name = "from", required = false)
          String from,
      @Parameter(description = "Only calculations made on or before this UK day, yyyy-MM-dd")
          @RequestParam(name = "to", required = false)
          String to,
      @Parameter(description = "The page, from 1 (default 1)")
          @RequestParam(name = "page", required = false)
          String page,
      @Parameter(description = "Calculations a page, 1 to 100 (default 20)")
          @RequestParam(name = "size", required = false)
          String size,
      Principal caller) {
    return records.find(person, from, to, caller.getName(), page, size);
  }
}
