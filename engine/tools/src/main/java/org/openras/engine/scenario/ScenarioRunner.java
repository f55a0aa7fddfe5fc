package org.openras.engine.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openras.engine.OpenRasEngine;

/**
 * Runs a scenario over a caseload file, streaming: one thread reads lines into batches and commits
 * finished batches in caseload order; worker threads (every core by default) calculate them. At
 * most a few batches are in flight, so memory grows only by the primitive arrays of change.
 */
public final class ScenarioRunner {
  static final int BATCH = 256;

  private final OpenRasEngine baselineEngine;
  private final OpenRasEngine candidateEngine;
  private final int threads;

  public ScenarioRunner(OpenRasEngine engine) {
    this(engine, Runtime.getRuntime().availableProcessors());
  }

  public ScenarioRunner(OpenRasEngine engine, int threads) {
    this(engine, engine, threads);
  }

  /**
   * Each side calculated by its own engine: for sides whose rule stores differ (the budget envelope
   * costs its candidate on a what-if copy of a rule set, {@code envelope.FactorRuleStore}).
   */
  public ScenarioRunner(OpenRasEngine baselineEngine, OpenRasEngine candidateEngine, int threads) {
    this.baselineEngine = baselineEngine;
    this.candidateEngine = candidateEngine;
    this.threads = Math.max(1, threads);
  }

  /** Runs the scenario, writing per-person and problem rows to {@code csv} as it goes. */
  public ScenarioReport run(
      Path caseload, ScenarioSpec spec, ScenarioCsv csv, ScenarioProgress progress)
      throws IOException {
    long total = Files.size(caseload);
    MessageDigest sha = sha256();
    ScenarioTally tally =
        new ScenarioTally(CostAdapter.pence(spec.lossThreshold()), spec.listLimit(), csv);
    List<CostPeriod> periods =
        spec.year() == null
            ? List.of()
            : YearPeriods.of(spec.year(), baselineEngine.catalogue(), candidateEngine.catalogue());
    BatchWorker worker = new BatchWorker(baselineEngine, candidateEngine, spec, periods);
    ExecutorService pool = Executors.newFixedThreadPool(threads, ScenarioRunner::daemon);
    ArrayDeque<Pending> inFlight = new ArrayDeque<>();
    try (InputStream raw = Files.newInputStream(caseload);
        CountingInputStream counted = new CountingInputStream(raw);
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(new DigestInputStream(counted, sha), StandardCharsets.UTF_8),
                1 << 16)) {
      long next = 1;
      List<String> batch = new ArrayList<>(BATCH);
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        batch.add(line);
        if (batch.size() == BATCH) {
          submit(pool, worker, inFlight, next, batch);
          next += batch.size();
          batch = new ArrayList<>(BATCH);
          while (inFlight.size() > threads * 3) {
            commit(inFlight.poll(), tally, progress, counted.count(), total);
          }
        }
      }
      if (!batch.isEmpty()) {
        submit(pool, worker, inFlight, next, batch);
      }
      while (!inFlight.isEmpty()) {
        commit(inFlight.poll(), tally, progress, counted.count(), total);
      }
    } finally {
      pool.shutdownNow();
    }
    return ReportBuilder.build(spec, periods, HexFormat.of().formatHex(sha.digest()), tally);
  }

  private record Pending(Future<BatchWorker.Done> done, int lines) {}

  private static void submit(
      ExecutorService pool,
      BatchWorker worker,
      ArrayDeque<Pending> inFlight,
      long first,
      List<String> batch) {
    inFlight.add(new Pending(pool.submit(() -> worker.process(first, batch)), batch.size()));
  }

  private static void commit(
      Pending p, ScenarioTally tally, ScenarioProgress progress, long read, long total) {
    try {
      tally.commit(p.done().get(), p.lines());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("The scenario was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("A scenario batch failed: " + e.getCause(), e.getCause());
    }
    progress.update(tally.lines, read, total);
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "scenario-worker");
    t.setDaemon(true);
    return t;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
