package org.openras.service.ruleset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.service.ruleset.RuleSetViews.RuleSetArea;
import org.openras.service.ruleset.RuleSetViews.RuleSetDetail;
import org.openras.service.ruleset.RuleSetViews.RuleSetDiff;
import org.openras.service.ruleset.RuleSetViews.RuleSetValidation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rule sets the service serves, for everyone to read, and a policy officer's checks on them. An
 * area with a slash ({@code councils/north-shire}) is written with a tilde in a path: {@code
 * councils~north-shire}.
 */
@RestController
@Tag(name = "Rule sets", description = "The rule-set versions the service serves, and checks")
class RuleSetController {
  private static final String AREA =
      "The area; one with a slash is written with a tilde: councils~north-shire";

  private final KnownRuleSets known;
  private final RuleSetChecks checks;

  RuleSetController(KnownRuleSets known, RuleSetChecks checks) {
    this.known = known;
    this.checks = checks;
  }

  /** What to validate: a served version, and whether to run its cases too. */
  record RuleSetValidationRequest(String area, String version, Boolean runCases) {}

  @Operation(
      summary = "Every area with its versions and their publication state",
      description =
          "The versions served (published, in force), scheduled (published, from a later day),"
              + " withdrawn, and the drafts in the rule store, oldest first in each area.")
  @GetMapping("/api/v1/rulesets")
  List<RuleSetArea> areas() {
    return known.areas();
  }

  @Operation(
      summary =
          "One version (served, scheduled, withdrawn or draft): manifest, files, figures, rules,"
              + " the names of its cases and its publication state")
  @GetMapping("/api/v1/rulesets/{area}/{version}")
  RuleSetDetail version(
      @Parameter(description = AREA) @PathVariable String area,
      @Parameter(description = "The version, its first day: yyyy-MM-dd") @PathVariable
          String version) {
    return known.detail(area.replace('~', '/'), version);
  }

  @Operation(
      summary = "Validate a served version, and run its cases",
      description =
          "Checks a version the service serves as the CLI's 'openras policy validate' does: the"
              + " manifest, periods, rules (id, sentence, source), compilation, parameters (unit,"
              + " period, reference) and tables; each finding names the file and line and says"
              + " what to do. With runCases, also runs the version's cases. Uploading a folder to"
              + " validate is not offered: validate a draft with the CLI. POLICY role.")
  @PostMapping("/api/v1/rulesets/validate")
  RuleSetValidation validate(
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              description =
                  "The served version to validate, {\"area\": \"ras\", \"version\":"
                      + " \"2025-04-01\", \"runCases\": true}; the area with a slash, as named.")
          @RequestBody
          RuleSetValidationRequest request) {
    List<FieldError> errors = new ArrayList<>();
    required(errors, "area", request.area());
    required(errors, "version", request.version());
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    RuleSetVersion v = known.find(request.area().replace('~', '/'), request.version());
    return checks.validate(v, Boolean.TRUE.equals(request.runCases()));
  }

  @Operation(
      summary = "What changes between two versions of an area, and for a caseload",
      description =
          "The changes in words: manifest, each figure on the days either side of the switch, the"
              + " points table's rows and the rules by id. With caseloadId, the impact on that"
              + " kept caseload through the scenario engine. POLICY role.")
  @GetMapping("/api/v1/rulesets/{area}/diff")
  RuleSetDiff diff(
      @Parameter(description = AREA) @PathVariable String area,
      @Parameter(description = "The earlier version") @RequestParam(required = false) String from,
      @Parameter(description = "The later version") @RequestParam(required = false) String to,
      @Parameter(description = "Optional: the SHA-256 of a kept caseload to measure the impact on")
          @RequestParam(required = false)
          String caseloadId) {
    List<FieldError> errors = new ArrayList<>();
    required(errors, "from", from);
    required(errors, "to", to);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    String name = area.replace('~', '/');
    return checks.diff(known.find(name, from), known.find(name, to), caseloadId);
  }

  private static void required(List<FieldError> errors, String field, String value) {
    if (value == null || value.isBlank()) {
      errors.add(
          new FieldError(
              field, "is required: give the " + field + " as /api/v1/rulesets lists it"));
    }
  }
}
