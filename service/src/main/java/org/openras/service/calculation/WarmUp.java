package org.openras.service.calculation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.OpenRasException;
import org.openras.engine.cases.CaseRunner;
import org.openras.engine.cases.PolicyCase;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;
import org.openras.service.audit.AuditDraft;
import org.openras.service.audit.AuditWriter;
import org.openras.service.security.ProductionChecks;
import org.openras.service.security.WarmUpCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warms the calculation path before the service says it is ready (docs/adr/0026, docs/adr/0035).
 * First it calculates each policy case of every served version once, in process (the first
 * calculation of each version loads its rules' classes); then it sends those cases to itself as
 * {@code POST /api/v1/calculations} over HTTP on loopback, through the same connector, firewall,
 * security filters, HTTP Basic parsing, controller and message converters as a user's request,
 * signed in with a password made for this warm-up alone ({@link WarmUpCredentials}, forgotten when
 * it ends). The calculation service records nothing for those requests: every step but the append
 * (the record's text written and hashed as it would be). Where the service cannot be reached that
 * way (HTTPS on its own port, say), or with {@code openras.warm-up.over-http=false}, it calculates
 * in process instead, as the API would but without HTTP, and its log says why.
 *
 * <p>It runs, with {@code openras.warm-up.threads} requests at a time (0: two per processor over
 * HTTP, one per processor in process), until the path is steady: the service's CPU per calculation
 * has stopped falling and the JIT compiler has (nearly) stopped compiling (see {@link Steady}), or
 * {@code openras.warm-up} (60 seconds; {@code PT0S} turns it off) has passed, or {@code
 * openras.warm-up.calculations} (1,000,000) are done. A JVM compiles its hot code while it runs; on
 * a small machine that compiling competes with the first minute of traffic, so it is done here,
 * while the readiness probe still answers 503 (Spring Boot reports ready after every {@link
 * ApplicationRunner} has run). The same inputs and versions give the same results whether or not
 * the service was warmed: nothing it keeps depends on what was calculated.
 */
@Component
// Serving only: the audit command (a non-web run) must start on a database without rule sets.
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class WarmUp implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
  private static final Authentication ACTOR =
      new UsernamePasswordAuthenticationToken(
          WarmUpCredentials.NAME, null, Set.of(new SimpleGrantedAuthority("ROLE_ASSESSOR")));

  /** How often the warm-up asks whether the path is steady. */
  private static final long WINDOW_NANOS = 1_000_000_000L;

  private static final byte[] ANSWER = "{\"calculationId\":\"".getBytes(StandardCharsets.UTF_8);

  private final OpenRasEngine engine;
  private final JsonMapper http;
  private final WarmUpCredentials credentials;
  private final AuditWriter audit;
  private final Environment environment;
  private final Duration budget;
  private final long most;
  private final int threads;
  private final boolean overHttp;

  WarmUp(
      OpenRasEngine engine,
      JsonMapper http,
      WarmUpCredentials credentials,
      AuditWriter audit,
      Environment environment,
      @Value("${openras.warm-up:PT60S}") Duration budget,
      @Value("${openras.warm-up.calculations:1000000}") long most,
      @Value("${openras.warm-up.threads:0}") int threads,
      @Value("${openras.warm-up.over-http:true}") boolean overHttp) {
    this.engine = engine;
    this.http = http;
    this.credentials = credentials;
    this.audit = audit;
    this.environment = environment;
    this.budget = budget;
    this.most = most;
    this.threads = threads;
    this.overHttp = overHttp;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (budget.isZero() || budget.isNegative()) {
      return;
    }
    long start = System.nanoTime();
    long deadline = start + budget.toNanos();
    int processors = Runtime.getRuntime().availableProcessors();
    List<byte[]> bodies = bodies(deadline, processors); // each case once, in process
    try {
      Path path = bodies.isEmpty() || !overHttp ? null : overHttp(bodies.get(0));
      if (path == null) {
        path = new Path("in process", this::calculate);
      }
      int inFlight = threads > 0 ? threads : (path.http ? 2 : 1) * processors;
      Loop loop = new Loop(bodies, path, inFlight, deadline);
      log.info(
          "Warmed up the calculation path in {} ms: {} calculations of {} policy cases {}, none"
              + " recorded ({} appends rehearsed and rolled back); {} at a time, stopped at {}: {}",
          (System.nanoTime() - start) / 1_000_000,
          loop.calculations + bodies.size(),
          bodies.size(),
          path.how,
          audit.rehearsed(),
          inFlight,
          loop.why,
          loop.steady);
    } finally {
      credentials.close(); // before ready: from now on no request is the warm-up's
    }
  }

  /**
   * How the warm-up calculates: in words for its log line, and one calculation (true: answered).
   */
  private record Path(String how, Predicate<byte[]> calculate, boolean http) {
    Path(String how, Predicate<byte[]> calculate) {
      this(how, calculate, false);
    }
  }

  /**
   * The HTTP path to this service, if a first request over it is answered; otherwise null, with the
   * reason in the log.
   */
  private Path overHttp(byte[] first) {
    String why = whyNotOverHttp(environment);
    if (why != null) {
      log.info("Warm-up in process: {}", why);
      return null;
    }
    int port = environment.getProperty("local.server.port", Integer.class);
    URL url;
    try {
      String address = environment.getProperty("server.address", "");
      String host =
          address.isBlank() || InetAddress.getByName(address).isAnyLocalAddress()
              ? InetAddress.getLoopbackAddress().getHostAddress()
              : address;
      String context = environment.getProperty("server.servlet.context-path", "");
      url = new URI("http", null, host, port, context + "/api/v1/calculations", null, null).toURL();
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      log.warn("Warm-up in process: no address for the service's own HTTP port ({})", e.toString());
      return null;
    }
    String authorization = credentials.open();
    Predicate<byte[]> post = body -> post(url, authorization, body) == 200;
    int status = post(url, authorization, first);
    if (status != 200) {
      credentials.close();
      log.warn(
          "Warm-up in process: a calculation sent to {} over HTTP was answered {} (HTTPS on this"
              + " port, or a proxy in the way?)",
          url,
          status < 0 ? "with no HTTP answer" : "with " + status);
      return null;
    }
    return new Path("over HTTP to " + url.getPath(), post, true);
  }

  /**
   * Why the warm-up cannot call the service over plain HTTP, or null when it can try: the port
   * serves HTTPS itself (its certificate names the council's host, not loopback; behind a
   * TLS-terminating proxy the port is plain HTTP and is used), or the port is not known.
   */
  static String whyNotOverHttp(Environment environment) {
    if (ProductionChecks.servesOwnTls(environment)) {
      return "the service's port serves HTTPS (server.ssl)";
    }
    Integer port = environment.getProperty("local.server.port", Integer.class);
    if (port == null || port <= 0) {
      return "the service's HTTP port is not known";
    }
    return null;
  }

  /**
   * Sends one calculation request and reads the whole answer (the connection is then kept for the
   * next); its status, -1 when there was no HTTP answer, or -200 for a 200 that is not a
   * calculation's answer.
   */
  private static int post(URL url, String authorization, byte[] body) {
    try {
      HttpURLConnection c = (HttpURLConnection) url.openConnection(Proxy.NO_PROXY);
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      c.setConnectTimeout(10_000);
      c.setReadTimeout(60_000);
      c.setFixedLengthStreamingMode(body.length);
      c.setRequestProperty("Content-Type", "application/json");
      c.setRequestProperty("Accept", "application/json");
      c.setRequestProperty("Authorization", authorization);
      try (OutputStream out = c.getOutputStream()) {
        out.write(body);
      }
      int status = c.getResponseCode();
      try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
        byte[] answer = in == null ? new byte[0] : in.readAllBytes();
        boolean calculated =
            answer.length > ANSWER.length
                && Arrays.equals(answer, 0, ANSWER.length, ANSWER, 0, ANSWER.length);
        return status == 200 && !calculated ? -200 : status;
      }
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * The warm-up's loop: {@code inFlight} threads calculate the bodies in turn while this thread
   * checks, about once a second, whether the path is steady, and stops them at the first of steady,
   * the deadline and the most calculations allowed.
   */
  private final class Loop {
    final long calculations;
    final String why;
    final Steady steady;

    Loop(List<byte[]> bodies, Path path, int inFlight, long deadline) {
      LongAdder done = new LongAdder();
      AtomicBoolean stop = new AtomicBoolean(bodies.isEmpty());
      CountDownLatch finished = new CountDownLatch(inFlight);
      for (int t = 0; t < inFlight; t++) {
        int first = t * Math.max(1, bodies.size() / inFlight);
        Thread worker =
            new Thread(
                () -> {
                  try {
                    for (int next = first; !stop.get(); next = (next + 1) % bodies.size()) {
                      if (path.calculate.test(bodies.get(next))) {
                        done.increment();
                      }
                    }
                  } finally {
                    finished.countDown();
                  }
                },
                "openras-warm-up-" + t);
        worker.setDaemon(true);
        worker.start();
      }
      Steady watch = new Steady(System.nanoTime(), Steady.compileMillis());
      String reason = bodies.isEmpty() ? "no policy case gave a result" : "the time allowed";
      try {
        while (!stop.get()) {
          long now = System.nanoTime();
          if (now >= deadline) {
            break;
          }
          if (done.sum() + bodies.size() >= most) {
            reason = "the most calculations allowed";
            break;
          }
          Thread.sleep(Math.max(1, Math.min(WINDOW_NANOS, deadline - now) / 1_000_000));
          if (watch.after(
              done.sum(), Steady.processCpuNanos(), Steady.compileMillis(), System.nanoTime())) {
            reason = "steady";
            break;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        reason = "interrupted";
      } finally {
        stop.set(true);
      }
      try {
        finished.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      this.calculations = done.sum();
      this.why = reason;
      this.steady = watch;
    }
  }

  /**
   * Whether the path has stopped getting faster: each window (about a second) it compares the CPU
   * the service spent per calculation (the whole process: over HTTP the work is on the request
   * threads, and the JIT's own compiling counts), and the time the JIT compilers spent compiling,
   * with what came before. Steady when, in two windows running, the CPU per calculation fell less
   * than 5 % below the best window before, and the compilers worked less than 5 % of the window.
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
    /** The whole process's CPU time so far (every thread), or 0 when the JVM does not say. */
    static long processCpuNanos() {
      return ManagementFactory.getOperatingSystemMXBean()
              instanceof com.sun.management.OperatingSystemMXBean os
          ? Math.max(0, os.getProcessCpuTime())
          : 0;
    }

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
  private List<byte[]> bodies(long deadline, int threads) {
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
      String hash = CalculationService.hashAsRecorded(draft);
      ByteArrayOutputStream answer = new ByteArrayOutputStream(draft.result().length() + 64);
      http.writeValue(answer, new AuditedResponse(draft.id(), draft.result()));
      return !hash.isEmpty() && answer.size() > 0;
    } catch (OpenRasException | IllegalArgumentException | tools.jackson.core.JacksonException e) {
      return false;
    }
  }
}
