package org.openras.service.scenario;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Where a scenario job is: what kind of job (a scenario, or a budget envelope), its state, lines
 * calculated, the share of the caseload read (percent), an estimate of the seconds left, when it
 * was submitted, started and finished, why it failed, how many times an instance took it up (more
 * than once when the instance running it stopped), and links to its reports once done.
 */
public record ScenarioStatus(
    UUID id,
    String title,
    String kind,
    String state,
    String caseloadId,
    long linesDone,
    int percent,
    Long etaSeconds,
    Instant submitted,
    Instant started,
    Instant finished,
    String error,
    int attempts,
    Map<String, String> reports) {

  static ScenarioStatus of(ScenarioJob job) {
    String base = "/api/v1/scenarios/" + job.id() + "/report?format=";
    Map<String, String> reports = new TreeMap<>();
    if (job.state() == ScenarioJob.State.DONE) {
      for (String format : new String[] {"json", "html", "csv", "problems"}) {
        reports.put(format, base + format);
      }
      if (ScenarioJob.ENVELOPE.equals(job.kind())) {
        reports.put("envelope", base + "envelope");
        reports.put("envelope-html", base + "envelope-html");
      }
    }
    return new ScenarioStatus(
        job.id(),
        job.title(),
        job.kind(),
        job.state().name(),
        job.caseloadId(),
        job.lines(),
        (int) Math.floor(job.fraction() * 100),
        job.etaSeconds(),
        job.submitted(),
        job.started(),
        job.finished(),
        job.error(),
        job.attempts(),
        reports);
  }
}
