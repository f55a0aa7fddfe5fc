package org.openras.service.ruleset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.sources.Resolution;
import org.openras.engine.sources.Source;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rules' bibliography, and what a rule's or a trace step's source cites (docs/adr/0013). */
@RestController
@Tag(name = "Rule sets", description = "The rule-set versions the service serves, and checks")
class SourcesController {
  private final RuleSources sources;

  SourcesController(RuleSources sources) {
    this.sources = sources;
  }

  /**
   * The bibliography.
   *
   * @param sources every document the rules cite
   * @param citations published versions' free-text citations and the ids they stand for
   */
  record SourceList(List<Source> sources, Map<String, String> citations) {}

  @Operation(
      summary = "Every document the rules cite, by id",
      description =
          "The bibliography (rules/sources.yaml): each document with its title, publisher, date"
              + " and link, and the free-text citations of versions published before it, each"
              + " mapped to the ids it stands for. A rule's source and a parameter's reference"
              + " cite these ids, each with a pinpoint: 'charging-regs-2014 reg 7(2)(a)'.")
  @GetMapping("/api/v1/sources")
  SourceList all() {
    return new SourceList(
        sources.bibliography().sources(), sources.bibliography().legacyCitations());
  }

  @Operation(
      summary = "The documents a citation stands for",
      description =
          "Resolves a citation as a calculation's trace or a version's rules give it (the"
              + " 'source' of a trace step, the reference of a parameter) to the documents it"
              + " cites, with the pinpoint in each. A citation that does not resolve is answered"
              + " with resolved false and the reasons, not an error: a version published before"
              + " a document was listed keeps its text.")
  @GetMapping("/api/v1/sources/resolution")
  Resolution resolve(
      @Parameter(description = "The citation, exactly as the trace or the rule gives it")
          @RequestParam(required = false)
          String citation,
      @Parameter(description = "Optional: the citing version's area, e.g. ras")
          @RequestParam(required = false)
          String area,
      @Parameter(description = "Optional: the citing version, e.g. 2025-04-01")
          @RequestParam(required = false)
          String version) {
    if (citation == null || citation.isBlank()) {
      throw new InvalidRequestException(
          List.of(
              new FieldError(
                  "citation", "is required: give the source text of a trace step or a rule")));
    }
    return sources.resolve(citation, area, version);
  }
}
