package org.openras.service.ruleset;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.policy.Finding;
import org.openras.engine.request.InvalidRequestException;
import org.openras.service.publication.ApprovalRequiredException;
import org.openras.service.publication.InForceHealthIndicator;
import org.openras.service.publication.PublicationConflictException;
import org.openras.service.publication.Publications;
import org.openras.service.publication.VersionNotPublishableException;
import org.openras.service.ruleset.RuleSetViews.RuleSetChange;
import org.openras.service.ruleset.RuleSetViews.RuleSetDetail;
import org.openras.service.ruleset.RuleSetViews.RuleSetDiff;
import org.openras.service.scenario.CaseloadForm;
import org.openras.service.scenario.CaseloadNotFoundException;
import org.openras.service.scenario.CaseloadStore;
import org.openras.service.uprating.Upratings;
import org.openras.service.web.DateInput;
import org.openras.service.web.PageErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The policy officer's pages: the served rule-set versions by area, one version's manifest,
 * figures, rules and cases, its cases run, its validation, and the diff of two versions of an area.
 * The same services as the API's rule-set endpoints ({@link KnownRuleSets}, {@link RuleSetChecks}).
 * An area with a slash is written with a tilde in a page's address, as in the API's.
 */
@Controller
@RequestMapping("/web/policy")
class PolicyPages {
  private static final String DIFF = "web/policy-diff";
  private static final String VERSION = "web/policy-version";
  private final KnownRuleSets known;
  private final RuleSetChecks checks;
  private final Publications publications;
  private final Upratings upratings;
  private final InForceHealthIndicator inForce;
  private final CaseloadStore caseloads;

  PolicyPages(
      KnownRuleSets known,
      RuleSetChecks checks,
      Publications publications,
      Upratings upratings,
      InForceHealthIndicator inForce,
      CaseloadStore caseloads) {
    this.caseloads = caseloads;
    this.known = known;
    this.checks = checks;
    this.publications = publications;
    this.upratings = upratings;
    this.inForce = inForce;
  }

  /** One part of a diff, under its heading. */
  record DiffSection(String id, String title, List<RuleSetChange> changes) {}

  @GetMapping
  String versions(Model model) {
    model.addAttribute("areas", known.areas());
    // What readiness reports as DEGRADED (docs/adr/0020), where the policy officer can act on it.
    model.addAttribute("noVersionToday", inForce.missingToday());
    // ...and an area that will have none within 90 days, before calculations are refused.
    model.addAttribute("noVersionSoon", inForce.missingSoon());
    model.addAttribute("lookAheadDays", InForceHealthIndicator.LOOK_AHEAD_DAYS);
    return "web/policy-versions";
  }

  @GetMapping("/{area}/{version}")
  String version(@PathVariable String area, @PathVariable String version, Model model) {
    RuleSetDetail d = known.detail(area.replace('~', '/'), version);
    named(d.area(), d.version(), area, model);
    model.addAttribute("detail", d);
    model.addAttribute("uprating", upratings.isUprating(d.area(), d.version()));
    // Four-eyes publishing (docs/adr/0028): the forms propose, unless one person may publish alone.
    model.addAttribute("fourEyes", publications.approversRequired() > 1);
    if (d.state().equals("PUBLISHED") || d.state().equals("SCHEDULED")) {
      LocalDate next = upratings.defaultStart(known.find(d.area(), d.version()));
      model.addAttribute(
          "nextYear",
          new DateInput(
              String.valueOf(next.getDayOfMonth()),
              String.valueOf(next.getMonthValue()),
              String.valueOf(next.getYear())));
    }
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", new PageErrors());
    }
    return VERSION;
  }

  /**
   * Publishes a draft through the publication log (checked first; scheduled when its first day is
   * still to come); a refusal is shown on the version's page with what to do.
   */
  @PostMapping("/{area}/{version}/publication")
  String publish(
      @PathVariable String area,
      @PathVariable String version,
      @RequestParam(required = false) String note,
      Authentication who,
      Model model,
      RedirectAttributes done) {
    RuleSetVersion v = find(area, version, model);
    PageErrors errors = new PageErrors();
    try {
      publications.publish(v.area(), v.version(), blankToNull(note), who.getName());
    } catch (VersionNotPublishableException e) {
      List<Finding> found = e.findings();
      errors.add(
          "publish",
          "This version cannot be published: "
              + found.size()
              + " problem(s) to correct first. The first: "
              + found.get(0)
              + ". Validate it to see them all");
    } catch (PublicationConflictException | ApprovalRequiredException e) {
      errors.add("publish", e.getMessage());
    } catch (InvalidRequestException e) {
      e.errors().forEach(f -> errors.add(f.field(), "The note " + f.problem()));
    }
    if (errors.any()) {
      model.addAttribute("errors", errors);
      return version(area, version, model);
    }
    done.addFlashAttribute("done", v.area() + " " + v.version() + " is published");
    return "redirect:/web/policy/{area}/{version}";
  }

  /** Withdraws a scheduled version (before its first day); the reason is required. */
  @PostMapping("/{area}/{version}/withdrawal")
  String withdraw(
      @PathVariable String area,
      @PathVariable String version,
      @RequestParam(required = false) String reason,
      Authentication who,
      Model model,
      RedirectAttributes done) {
    RuleSetVersion v = find(area, version, model);
    PageErrors errors = new PageErrors();
    if (blankToNull(reason) == null) {
      errors.add("reason", "Enter why the version is withdrawn");
    } else {
      try {
        publications.withdraw(v.area(), v.version(), reason.strip(), who.getName());
      } catch (PublicationConflictException | ApprovalRequiredException e) {
        errors.add("reason", e.getMessage());
      } catch (InvalidRequestException e) {
        e.errors().forEach(f -> errors.add(f.field(), "The reason " + f.problem()));
      }
    }
    if (errors.any()) {
      model.addAttribute("errors", errors);
      return version(area, version, model);
    }
    done.addFlashAttribute("done", v.area() + " " + v.version() + " is withdrawn");
    return "redirect:/web/policy/{area}/{version}";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @GetMapping("/{area}/{version}/cases")
  String cases(@PathVariable String area, @PathVariable String version, Model model) {
    model.addAttribute("report", checks.cases(find(area, version, model)));
    return "web/policy-cases";
  }

  @GetMapping("/{area}/{version}/validation")
  String validation(@PathVariable String area, @PathVariable String version, Model model) {
    model.addAttribute("validation", checks.validate(find(area, version, model), false));
    return "web/policy-validation";
  }

  /**
   * Two versions to compare, each chosen as {@code area/version}; with both chosen, what changes
   * from the first to the second, and with a kept caseload's id, for whom (through the scenario
   * engine, while the page waits).
   */
  @GetMapping("/diff")
  String diff(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String caseloadId,
      Model model) {
    PageErrors errors = new PageErrors();
    model.addAttribute("errors", errors);
    model.addAttribute("areas", known.areas());
    model.addAttribute("from", from == null ? "" : from);
    model.addAttribute("to", to == null ? "" : to);
    String caseload = caseloadId == null || caseloadId.isBlank() ? null : caseloadId.strip();
    model.addAttribute("caseloadId", caseload == null ? "" : caseload);
    // Picked from the kept caseloads, as the finance forms do, not typed (issue 21).
    model.addAttribute("keptCaseloads", CaseloadForm.choices(caseloads));
    if (from == null || to == null) {
      return DIFF; // not yet submitted: the form sends both, a version's link only the first
    }
    RuleSetVersion a = chosen(from, "from", "the version to compare from", errors);
    RuleSetVersion b = chosen(to, "to", "the version to compare with", errors);
    if (a != null && b != null && !a.area().equals(b.area())) {
      errors.add(
          "to",
          "Choose a version of "
              + a.area()
              + " to compare with "
              + a.area()
              + " "
              + a.version()
              + ": "
              + b.version()
              + " is a version of "
              + b.area());
    } else if (a != null && b != null && a.version().equals(b.version())) {
      errors.add(
          "to",
          "Choose a different version to compare with: both are " + a.area() + " " + a.version());
    }
    if (errors.any()) {
      return DIFF;
    }
    RuleSetDiff d;
    try {
      d = checks.diff(a, b, caseload);
    } catch (CaseloadNotFoundException e) {
      errors.add(
          "caseloadId",
          "The caseload chosen is no longer kept: choose a kept caseload, or no caseload");
      return DIFF;
    }
    model.addAttribute("diff", d);
    model.addAttribute(
        "sections",
        List.of(
            new DiffSection("manifest", "Manifest", d.manifest()),
            new DiffSection("parameters", "Parameters", d.parameters()),
            new DiffSection("questionnaire", "Points table", d.questionnaire()),
            new DiffSection("rules", "Rules", d.rules())));
    return DIFF;
  }

  /** The version a diff field names ({@code area/version}), or null with the field's error. */
  private RuleSetVersion chosen(String value, String field, String what, PageErrors errors) {
    int slash = value == null ? -1 : value.lastIndexOf('/');
    if (slash < 1) {
      errors.add(field, "Choose " + what);
      return null;
    }
    try {
      return known.find(value.substring(0, slash), value.substring(slash + 1));
    } catch (RuleSetNotFoundException e) {
      errors.add(field, "Choose " + what + " from the list: " + e.getMessage());
      return null;
    }
  }

  private RuleSetVersion find(String area, String version, Model model) {
    RuleSetVersion v = known.find(area.replace('~', '/'), version);
    named(v.area(), v.version(), area, model);
    return v;
  }

  /** What every page of one version names: its area, its area as written in addresses, itself. */
  private static void named(String area, String version, String pathName, Model model) {
    model.addAttribute("area", area);
    model.addAttribute("pathName", pathName.replace('/', '~'));
    model.addAttribute("version", version);
  }

  /** No such area or version: the GOV.UK "page not found" page, naming what is known. */
  @ExceptionHandler(RuleSetNotFoundException.class)
  ModelAndView notFound(RuleSetNotFoundException e) {
    return new ModelAndView(
        "web/policy-not-found", Map.of("problem", e.getMessage()), HttpStatus.NOT_FOUND);
  }
}
