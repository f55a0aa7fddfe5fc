package org.openras.service.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit/records}: the auditor's search of the audit trail (issue 21). */
@RestController
@Tag(name = "Audit", description = "The tamper-evident record of every calculation")
@SecurityRequirement(name = "basic")
class RecordSearchController {
  private final RecordSearch records;

  RecordSearchController(RecordSearch records) {
    this.records = records;
  }

  @GetMapping(path = "/api/v1/audit/records", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Search the audit records",
      description =
          "Records by person reference, by the UK days they were made (from and to, inclusive) and"
              + " by the user who made them, newest first, a page at a time; each names its"
              + " calculationId for GET /api/v1/calculations/{id}. Role: AUDITOR.")
  @ApiResponse(responseCode = "200", description = "A page of records and how many match")
  RecordSearch.RecordList search(
      @Parameter(description = "Only records of this person reference")
          @RequestParam(name = "person", required = false)
          String person,
      @Parameter(description = "Only records made on or after this UK day, yyyy-MM-dd")
          @RequestParam(name = "from", required = false)
          String from,
      @Parameter(description = "Only records made on or before this UK day, yyyy-MM-dd")
          @RequestParam(name = "to", required = false)
          String to,
      @Parameter(description = "Only records made by this user (their user name or subject)")
          @RequestParam(name = "user", required = false)
          String user,
      @Parameter(description = "The page, from 1 (default 1)")
          @RequestParam(name = "page", required = false)
          String page,
      @Parameter(description = "Records a page, 1 to 100 (default 20)")
          @RequestParam(name = "size", required = false)
          String size) {
    return records.find(person, from, to, user, page, size);
  }
}
