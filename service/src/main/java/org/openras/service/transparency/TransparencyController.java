package org.openras.service.transparency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.openras.service.transparency.TransparencyRecords.TransparencyView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A published version's transparency record as JSON (docs/adr/0028). POLICY and AUDITOR. */
@RestController
@Tag(name = "Rule sets", description = "The rule-set versions the service serves, and checks")
class TransparencyController {
  private final TransparencyRecords records;

  TransparencyController(TransparencyRecords records) {
    this.records = records;
  }

  @Operation(
      summary = "A published version's transparency record",
      description =
          "In the shape of the UK Algorithmic Transparency Recording Standard (template v3.0):"
              + " what the version decides, its rules and figures with the documents they cite,"
              + " the cases it passes, who proposed and approved it and when, and the impact"
              + " measured in the review approved; atrs maps each of the standard's sections to"
              + " these fields and says what the council writes itself. 404 for a draft or an"
              + " unknown version. POLICY and AUDITOR roles.")
  @GetMapping("/api/v1/rulesets/{area}/{version}/transparency")
  TransparencyView transparency(
      @Parameter(
              description =
                  "The area; one with a slash is written with a tilde: councils~north-shire")
          @PathVariable
          String area,
      @Parameter(description = "The version, its folder name: yyyy-MM-dd") @PathVariable
          String version) {
    return records.of(area.replace('~', '/'), version);
  }

  @ExceptionHandler(NotPublishedException.class)
  ProblemDetail notPublished(NotPublishedException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    p.setType(URI.create("urn:openras:problem:not-published"));
    p.setTitle("A transparency record is made for a published version only");
    p.setProperty("area", e.area);
    p.setProperty("version", e.version);
    return p;
  }
}
