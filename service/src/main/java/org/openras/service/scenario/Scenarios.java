package org.openras.service.scenario;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.stereotype.Service;

/**
 * Starting, following and cancelling scenario jobs, and finding their reports: what the API and the
 * finance officer's pages both do, in one place.
 */
@Service
public class Scenarios {
  /** The generator's seed when a request gives none. */
  public static final long DEFAULT_SEED = 20250401L;

  private final CaseloadStore caseloads;
  private final ScenarioJobs jobs;

  Scenarios(CaseloadStore caseloads, ScenarioJobs jobs) {
    this.caseloads = caseloads;
    this.jobs = jobs;
  }

  /**
   * Checks every field, then keeps (or generates) the caseload and queues the job.
   *
   * @throws org.openras.engine.request.InvalidRequestException naming every bad field
   * @throws CaseloadNotFoundException when the request names a caseload that is not kept
   */
  public ScenarioStatus start(ScenarioRequest request, String user) throws IOException {
    request.toSpec();
    request.toEnvelope();
    CaseloadStore.Caseload caseload = caseload(request.caseload());
    return ScenarioStatus.of(jobs.submit(request, caseload.id(), user));
  }

  private CaseloadStore.Caseload caseload(ScenarioRequest.CaseloadChoice choice)
      throws IOException {
    if (choice.generate() == null) {
      return caseloads.describe(choice.id());
    }
    ScenarioRequest.Generate g = choice.generate();
    long seed = g.seed() == null ? DEFAULT_SEED : g.seed();
    CaseloadStore.Caseload made =
        caseloads.generate(g.people(), seed, Boolean.TRUE.equals(g.finances()));
    caseloads.name(made.id(), CaseloadStore.generatedName(g.people(), seed, g.finances()));
    return made;
  }

  /** The jobs kept (scenarios and envelopes), the most recently submitted first. */
  public java.util.List<JobSummary> list(int limit) {
    return jobs.list(limit);
  }

  /**
   * @throws ScenarioNotFoundException when no job has this id
   */
  public ScenarioStatus status(String id) {
    return ScenarioStatus.of(jobs.get(id));
  }

  /** Asks a queued or running job to stop; a finished one is unchanged. */
  public ScenarioStatus cancel(String id) {
    return ScenarioStatus.of(jobs.cancel(id));
  }

  /**
   * Where a finished job keeps one of its files ({@code ScenarioOutputs.JSON}, {@code PEOPLE}...),
   * in a folder named by the job's id; the file may be absent (an envelope job has no {@code
   * report.json}).
   *
   * @throws ScenarioNotFoundException when no job has this id
   * @throws ReportNotReadyException when the job has not finished
   */
  public Path report(String id, String file) {
    return jobs.report(jobs.get(id), file);
  }
}
