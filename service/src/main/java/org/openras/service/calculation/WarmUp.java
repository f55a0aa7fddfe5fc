package org.openras.service.calculation;

import java.io.ByteArrayOutputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.OpenRasException;
import org.openras.engine.cases.CaseRunner;
import org.openras.engine.cases.PolicyCase;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;
import org.openras.service.audit.AuditDraft;
import org.openras.service.audit.AuditEntry;
import org.openras.service.audit.AuditHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warms the calculation path before the service says it is ready: it reads the policy cases of
 * every served version as the API reads a request body (the HTTP mapper, from bytes), calculates
 * them, writes each result, request and rule-set list as the audit record holds them, hashes that
 * text as the record's hash does and writes the answer as bytes, recording nothing. It runs on as
 * many threads as the JVM has processors, until the path is steady: the CPU per calculation has
 * stopped falling and the JIT compiler has (nearly) stopped compiling (see {@link Steady}), or
 * {@code openras.warm-up} (30 seconds; {@code PT0S} turns it off) has passed, or {@code
 * openras.warm-up.calculations} (1,000,000) are done. A JVM compiles its hot code while it runs; on
 * a small machine that compiling competes with the first minute of traffic, so it is done here,
 * while the readiness probe still answers 503 (Spring Boot reports ready after every {@link
 * ApplicationRunner} has run; docs/adr/0026). The same inputs and versions give the same results
 * whether or not the engine was warmed: nothing it keeps depends on what was calculated.
 */
@Component
// Serving only: the audit command (a non-web run) must start on a database without rule sets.
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class WarmUp implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
  private static final Authentication ACTOR =
      new UsernamePasswordAuthenticationToken(
          "openras warm-up", null, Set.of(new SimpleGrantedAuthority("ROLE_ASSESSOR")));

  /** How often the warm-up asks whether the path is steady. */
  private static final long WINDOW_NANOS = 1_000_000_000L;

  private final OpenRasEngine engine;
  private final JsonMapper http;
  private final Duration budget;
  private final long most;
  private final int threads;

  WarmUp(
      OpenRasEngine engine,
      JsonMapper http,
      @Value("${openras.warm-up:PT30S}") Duration budget,
      @Value("${openras.warm-up.calculations:1000000}") long most,
      @Value("${openras.warm-up.threads:0}") int threads) {
    this.engine = engine;
    this.http = http;
    this.budget = budget;
    this.most = most;
    this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }

  @Override
  public void run(ApplicationArguments args) {
    if (budget.isZero() || budget.isNegative()) {
      return;
    }
    long start = System.nanoTime();
    long deadline = start + budget.toNanos();
    List<byte[]> bodies = bodies(deadline); // each case once, keeping those that give a result
    LongAdder calculations = new LongAdder();
    LongAdder cpuNanos = new LongAdder();
    calculations.add(bodies.size());
    AtomicBoolean stop = new AtomicBoolean(bodies.isEmpty());
    CountDownLatch done = new CountDownLatch(threads);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int t = 0; t < threads; t++) {
      int first = t * Math.max(1, bodies.size() / threads);
      Thread worker =
          new Thread(
              () -> {
                try {
                  long before = cpu.getCurrentThreadCpuTime();
                  for (int next = first; !stop.get(); next = (next + 1) % bodies.size()) {
                    calculate(bodies.get(next));
                    long now = cpu.getCurrentThreadCpuTime();
                    cpuNanos.add(now - before);
                    before = now;
                    calculations.increment();
                  }
                } finally {
                  done.countDown();
                }
              },
              "openras-warm-up-" + t);
      worker.setDaemon(true);
      worker.start();
    }
    Steady steady = new Steady(System.nanoTime(), Steady.compileMillis());
    String why = bodies.isEmpty() ? "no policy case gave a result" : "the time allowed";
    try {
      while (!stop.get()) {
        long now = System.nanoTime();
        if (now >= deadline) {
          break;
        }
        if (calculations.sum() >= most) {
          why = "the most calculations allowed";
          break;
        }
        Thread.sleep(Math.max(1, Math.min(WINDOW_NANOS, deadline - now) / 1_000_000));
        if (steady.after(
            calculations.sum(), cpuNanos.sum(), Steady.compileMillis(), System.nanoTime())) {
          why = "steady";
          break;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      why = "interrupted";
    } finally {
      stop.set(true);
    }
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    log.info(
        "Warmed up the calculation path in {} ms: {} calculations of {} policy cases, none"
            + " recorded; {} thread(s), stopped at {}: {}",
        (System.nanoTime() - start) / 1_000_000,
        calculations.sum(),
        bodies.size(),
        threads,
        why,
        steady);
  }

  /**
   * Whether the path has stopped getting faster: each window (about a second) it compares the CPU
   * the warm-up threads spent per calculation, and the time the JIT compilers spent compiling, with
   * what came before. Steady when, in two windows running, the CPU per calculation fell less than 5
   * % below the best window before, and the compilers worked less than 5 % of the window.
   */
  static final class Steady {
    private long calculations;
    private long cpuNanos;
    private long at;
    private long compileMillis;
    private double best = Double.MAX_VALUE;
    private double last = Double.NaN;
    private double lastCompiling = Double.NaN;
    private int quiet;

    Steady(long now, long compileMillis) {
      this.at = now;
      this.compileMillis = compileMillis;
    }

    /**
     * Takes the next window's figures (totals so far: calculations, their CPU, the JIT's
     * compilation time or -1 when unknown, and the time) and says whether the path is steady.
     */
    boolean after(long calculationsNow, long cpuNanosNow, long compiled, long now) {
      long count = calculationsNow - calculations;
      long elapsedNanos = now - at;
      if (count < 50 || elapsedNanos < WINDOW_NANOS / 2) {
        return false; // too few to judge: wait for the next window
      }
      double perCalculation = (cpuNanosNow - cpuNanos) / (double) count;
      double compiling = compiled < 0 ? 0 : (compiled - compileMillis) * 1_000_000.0 / elapsedNanos;
      boolean stillFalling = perCalculation < 0.95 * best;
      quiet = !stillFalling && compiling < 0.05 ? quiet + 1 : 0;
      best = Math.min(best, perCalculation);
      last = perCalculation;
      lastCompiling = compiling;
      calculations = calculationsNow;
      cpuNanos = cpuNanosNow;
      at = now;
      compileMillis = compiled;
      return quiet >= 2;
    }

    /** The JIT's compilation time so far (all its threads), or -1 when the JVM does not say. */
    static long compileMillis() {
      CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
      return jit != null && jit.isCompilationTimeMonitoringSupported()
          ? jit.getTotalCompilationTime()
          : -1;
    }

    @Override
    public String toString() {
      return Double.isNaN(last)
          ? "no window measured"
          : String.format(
              "last window %.0f µs of CPU per calculation (best %.0f), JIT compiling %.0f %% of it",
              last / 1000, best / 1000, 100 * lastCompiling);
    }
  }

  /**
   * The request bodies (UTF-8, as sent) of the served versions' cases that give a result, each case
   * calculated once, shared among the threads (the first calculation of each version loads its
   * rules' classes, the slowest part of a cold start).
   */
  private List<byte[]> bodies(long deadline) {
    List<PolicyCase> cases = new ArrayList<>();
    for (RuleSetVersion version : engine.catalogue().all()) {
      cases.addAll(CaseRunner.cases(version));
    }
    byte[][] kept = new byte[cases.size()][];
    AtomicInteger next = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(
              () -> {
                for (int i = next.getAndIncrement();
                    i < kept.length && System.nanoTime() < deadline;
                    i = next.getAndIncrement()) {
                  PolicyCase c = cases.get(i);
                  byte[] body =
                      http.writeValueAsString(c.request()).getBytes(StandardCharsets.UTF_8);
                  if (c.expectedError().isEmpty() && calculate(body)) {
                    kept[i] = body;
                  }
                }
              },
              "openras-warm-up-cases-" + t);
      worker.setDaemon(true);
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return List.of();
      }
    }
    List<byte[]> bodies = new ArrayList<>();
    for (byte[] body : kept) {
      if (body != null) {
        bodies.add(body);
      }
    }
    return bodies;
  }

  /** One calculation as the API makes it, without its record; false when it gives none. */
  private boolean calculate(byte[] body) {
    try {
      CalculationRequest request = http.readValue(body, CalculationRequest.class);
      CalculationResult result = engine.calculate(request);
      AuditDraft draft = CalculationService.draft(request, result, ACTOR);
      // Hashed as the record would be (never written), and the answer written as the API sends it.
      AuditEntry unrecorded =
          new AuditEntry(
              1,
              draft.id(),
              Instant.now(),
              draft.actor(),
              draft.role(),
              draft.personRef(),
              draft.request(),
              draft.result(),
              draft.ruleSets(),
              draft.engineVersion(),
              AuditHash.GENESIS,
              null);
      String hash = AuditHash.of(unrecorded);
      ByteArrayOutputStream answer = new ByteArrayOutputStream(draft.result().length() + 64);
      http.writeValue(answer, new AuditedResponse(draft.id(), draft.result()));
      return !hash.isEmpty() && answer.size() > 0;
    } catch (OpenRasException | IllegalArgumentException | tools.jackson.core.JacksonException e) {
      return false;
    }
  }
}
