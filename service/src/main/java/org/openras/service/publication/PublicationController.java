package org.openras.service.publication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.openras.service.publication.PublicationViews.PublicationBrokenEntry;
import org.openras.service.publication.PublicationViews.PublicationEntryView;
import org.openras.service.publication.PublicationViews.PublicationLogView;
import org.openras.service.publication.PublicationViews.PublicationOutcome;
import org.openras.service.publication.PublicationViews.PublicationRequest;
import org.openras.service.publication.PublicationViews.WithdrawalRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A policy officer publishes a draft, withdraws a scheduled version, and reads the publication log.
 * An area with a slash is written with a tilde: {@code councils~north-shire}.
 */
@RestController
@Tag(name = "Rule sets", description = "The rule-set versions the service serves, and checks")
class PublicationController {
  private static final String AREA =
      "The area; one with a slash is written with a tilde: councils~north-shire";
  private static final String VERSION = "The version, its folder name: yyyy-MM-dd";

  private final Publications publications;
  private final LiveReload live;

  PublicationController(Publications publications, LiveReload live) {
    this.publications = publications;
    this.live = live;
  }

  @Operation(
      summary = "Publish a draft version",
      description =
          "Checks the draft in the rule store (validation, its cases, and that its period fits"
              + " beside the published and scheduled versions: 422 with every finding, nothing"
              + " written), then records it in the hash-chained publication log with its files."
              + " It takes effect on its manifest's effectiveFrom: at once when that day has"
              + " come (every instance switches without a restart), else on that day. 409 when"
              + " the version is already published or was withdrawn. POLICY role.")
  @PostMapping("/api/v1/rulesets/{area}/{version}/publication")
  @ResponseStatus(HttpStatus.CREATED)
  PublicationOutcome publish(
      @Parameter(description = AREA) @PathVariable String area,
      @Parameter(description = VERSION) @PathVariable String version,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              description =
                  "Optional: {\"note\": \"...\"}, kept in the log (at most 2000 characters).")
          @RequestBody(required = false)
          PublicationRequest request,
      Authentication who) {
    PublicationEntry e =
        publications.publish(
            area.replace('~', '/'),
            version,
            request == null ? null : request.note(),
            who.getName());
    return outcome(e);
  }

  @Operation(
      summary = "Withdraw a scheduled version before its date",
      description =
          "Records a WITHDRAW entry: the version is never served, and the history stays. Only"
              + " before its effective date: a version in force is immutable (409: publish a"
              + " correction as a new version). POLICY role.")
  @PostMapping("/api/v1/rulesets/{area}/{version}/withdrawal")
  PublicationOutcome withdraw(
      @Parameter(description = AREA) @PathVariable String area,
      @Parameter(description = VERSION) @PathVariable String version,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              description =
                  "{\"reason\": \"...\"}: why it is withdrawn (required, at most 2000"
                      + " characters).")
          @RequestBody(required = false)
          WithdrawalRequest request,
      Authentication who) {
    PublicationEntry e =
        publications.withdraw(
            area.replace('~', '/'),
            version,
            request == null ? null : request.reason(),
            who.getName());
    return outcome(e);
  }

  @Operation(
      summary = "The publication log, with its chain verified",
      description =
          "Every PUBLISH and WITHDRAW entry, oldest first, and whether the chain of hashes is"
              + " intact (the first broken entry named). POLICY and AUDITOR roles.")
  @GetMapping("/api/v1/rulesets/publications")
  PublicationLogView log() {
    var entries = publications.entries();
    LogVerification v = LogVerification.of(entries);
    return new PublicationLogView(
        v.intact(),
        v.entriesChecked(),
        v.lastSequence(),
        v.lastHash(),
        v.firstBroken() == null
            ? null
            : new PublicationBrokenEntry(
                v.firstBroken().sequence(),
                v.firstBroken().area(),
                v.firstBroken().version(),
                v.firstBroken().problem()),
        entries.stream().map(PublicationEntryView::of).toList());
  }

  private PublicationOutcome outcome(PublicationEntry e) {
    VersionState s = publications.state(e.area(), e.version());
    boolean served = live.status().served().contains(e.area() + "/" + e.version());
    return new PublicationOutcome(
        e.area(),
        e.version(),
        s.state().name(),
        e.effectiveFrom().toString(),
        served,
        PublicationEntryView.of(e));
  }
}
