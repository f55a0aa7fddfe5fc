package org.openras.service.calibration;

import java.util.List;
import java.util.Locale;
import org.openras.service.scenario.JobSummary;
import org.openras.service.scenario.Scenarios;
import org.openras.service.web.SearchForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The finance officer's jobs (issue 21): scenarios and budget envelopes with their state, and the
 * calibrations kept, the most recent first, each linking to its page. Here rather than in the
 * scenario package because it lists calibrations too (calibration depends on scenario, not the
 * other way).
 */
@Controller
class JobListPages {
  static final int SHOWN = 200;
  private final Scenarios scenarios;
  private final Calibrations calibrations;

  JobListPages(Scenarios scenarios, Calibrations calibrations) {
    this.scenarios = scenarios;
    this.calibrations = calibrations;
  }

  /** A job as the list shows it, its state in words with its GOV.UK tag colour. */
  record JobRow(
      String id,
      String title,
      String kind,
      String state,
      String tag,
      String submitted,
      String startedBy) {}

  /** A calibration as the list shows it. */
  record CalibrationRow(String id, String ranAt, String ranBy) {}

  @GetMapping("/web/finance/jobs")
  String list(Model model) {
    List<JobRow> jobs = scenarios.list(SHOWN).stream().map(JobListPages::row).toList();
    model.addAttribute("jobs", jobs);
    model.addAttribute(
        "calibrations",
        calibrations.list(SHOWN).stream()
            .map(c -> new CalibrationRow(c.id(), SearchForm.when(c.ranAt()), c.ranBy()))
            .toList());
    return "web/finance-jobs";
  }

  private static JobRow row(JobSummary j) {
    String state = j.state().charAt(0) + j.state().substring(1).toLowerCase(Locale.UK);
    String tag =
        switch (j.state()) {
          case "DONE" -> "govuk-tag--green";
          case "FAILED" -> "govuk-tag--red";
          case "CANCELLED" -> "govuk-tag--grey";
          case "RUNNING" -> "govuk-tag--blue";
          default -> "govuk-tag--yellow";
        };
    String kind = "ENVELOPE".equals(j.kind()) ? "Budget envelope" : "Scenario";
    return new JobRow(
        j.id().toString(),
        j.title(),
        kind,
        state,
        tag,
        SearchForm.when(j.submitted()),
        j.startedBy());
  }
}
