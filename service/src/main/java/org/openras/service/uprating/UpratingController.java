package org.openras.service.uprating;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.uprating.FigureChange;
import org.openras.engine.uprating.Uprating;
import org.openras.service.publication.Publications;
import org.openras.service.uprating.UpratingDraftTable.StoredDraft;
import org.openras.service.uprating.UpratingViews.UpratingEntriesRequest;
import org.openras.service.uprating.UpratingViews.UpratingStartRequest;
import org.openras.service.uprating.UpratingViews.UpratingView;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The April uprating through the API: start next year's figures, read and enter them. The draft is
 * then validated, compared and published through the rule-set and publication endpoints. POLICY
 * role.
 */
@RestController
@Tag(name = "Uprating", description = "Next year's figures: a draft from the version in force")
class UpratingController {
  private static final String AREA =
      "The area; one with a slash is written with a tilde: councils~north-shire";
  private static final String THRESHOLD =
      "Flag a change larger than this many per cent either way (default 10)";

  private final Upratings upratings;
  private final Publications publications;

  UpratingController(Upratings upratings, Publications publications) {
    this.upratings = upratings;
    this.publications = publications;
  }

  @Operation(
      summary = "Start next year's figures",
      description =
          "Makes a draft version of the area from the version in force on 'on' (default today),"
              + " or from 'source', named and effective from the next commencement date (6 April"
              + " for contributions) or 'effectiveFrom'. Every figure is listed with last year's"
              + " value; money figures start absent (never zero), others carried forward. 201 with"
              + " the draft; 409 when the version exists. POLICY role.")
  @PostMapping("/api/v1/rulesets/{area}/uprating")
  @ResponseStatus(HttpStatus.CREATED)
  UpratingView start(
      @Parameter(description = AREA) @PathVariable String area,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              description =
                  "Optional: {\"source\": \"2015-04-01\", \"on\": \"2025-06-01\","
                      + " \"effectiveFrom\": \"2026-04-06\"}; an empty object takes the defaults.")
          @RequestBody(required = false)
          UpratingStartRequest request,
      Authentication who) {
    UpratingStartRequest r = request == null ? new UpratingStartRequest(null, null, null) : request;
    StoredDraft s =
        upratings.start(
            area.replace('~', '/'), r.source(), r.on(), r.effectiveFrom(), who.getName());
    return view(s, null);
  }

  @Operation(
      summary = "An uprating draft: every figure, last year's and the new, with the changes",
      description =
          "Each figure with the change in its unit (pounds for money) and per cent, and flags:"
              + " UNCHANGED, MISSING (absent from the new year), NEW (no value last year),"
              + " OVER_THRESHOLD; the cases kept and those left out, with why. POLICY role.")
  @GetMapping("/api/v1/rulesets/{area}/uprating/{version}")
  UpratingView draft(
      @Parameter(description = AREA) @PathVariable String area,
      @Parameter(description = "The draft's version, its first day: yyyy-MM-dd") @PathVariable
          String version,
      @Parameter(description = THRESHOLD) @RequestParam(required = false) String threshold) {
    return view(upratings.find(area.replace('~', '/'), version), threshold);
  }

  @Operation(
      summary = "Enter next year's figures",
      description =
          "Saves the circular and the figures named (others keep what they had): a value with its"
              + " marker (R, D or I) and note, carry: true to keep last year's value, or a blank"
              + " value to leave the figure absent (never zero). Every bad field is refused at"
              + " once, named as figures[<id>].value, .marker, .note or .carry, and nothing is"
              + " saved. 409 once the version is published. POLICY role.")
  @PutMapping("/api/v1/rulesets/{area}/uprating/{version}")
  UpratingView enter(
      @Parameter(description = AREA) @PathVariable String area,
      @Parameter(description = "The draft's version, its first day: yyyy-MM-dd") @PathVariable
          String version,
      @Parameter(description = THRESHOLD) @RequestParam(required = false) String threshold,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              description =
                  "{\"circular\": {\"title\": \"LAC(DHSC)(2026)1\", \"url\": \"https://...\"},"
                      + " \"figures\": [{\"id\": \"migPersonalAmount.SINGLE_18_24\", \"value\":"
                      + " \"90.70\", \"marker\": \"R\"}, {\"id\": \"lowerCapitalLimit\","
                      + " \"carry\": true}]}")
          @RequestBody
          UpratingEntriesRequest request,
      Authentication who) {
    BigDecimal limit = threshold(threshold);
    List<Uprating.Entry> entries =
        request.figures() == null
            ? List.of()
            : request.figures().stream()
                .map(
                    e ->
                        e == null
                            ? null
                            : new Uprating.Entry(
                                e.id(), e.value(), e.marker(), e.note(), e.carry()))
                .toList();
    var c = request.circular();
    StoredDraft s =
        upratings.enter(
            area.replace('~', '/'),
            version,
            c == null ? null : c.title(),
            c == null ? null : c.url(),
            entries,
            who.getName());
    return UpratingViews.of(s, state(s), limit);
  }

  @Operation(
      summary = "Discard an uprating draft",
      description =
          "Removes a draft that is not published (204); 409 once it is in the publication log,"
              + " 404 when there is no such draft. POLICY role.")
  @DeleteMapping("/api/v1/rulesets/{area}/uprating/{version}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void discard(
      @Parameter(description = AREA) @PathVariable String area,
      @Parameter(description = "The draft's version, its first day: yyyy-MM-dd") @PathVariable
          String version,
      Authentication who) {
    upratings.discard(area.replace('~', '/'), version, who.getName());
  }

  private UpratingView view(StoredDraft s, String threshold) {
    return UpratingViews.of(s, state(s), threshold(threshold));
  }

  private String state(StoredDraft s) {
    return publications.state(s.draft().area(), s.draft().version()).state().name();
  }

  /** The threshold in per cent: a number from 0 to 1000, default 10. */
  static BigDecimal threshold(String text) {
    if (text == null || text.isBlank()) {
      return FigureChange.DEFAULT_THRESHOLD;
    }
    try {
      BigDecimal t = new BigDecimal(text.strip().replace("%", ""));
      if (t.signum() >= 0 && t.compareTo(BigDecimal.valueOf(1000)) <= 0) {
        return t;
      }
    } catch (NumberFormatException e) {
      // told below
    }
    throw new InvalidRequestException(
        List.of(new FieldError("threshold", "must be a percentage from 0 to 1000, such as 10")));
  }
}
