package org.openras.benchmarks.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Recorder;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Requests sent at a fixed rate whatever the service does (open loop, as wrk2 does): request k is
 * due at start + k / rate, and its latency runs from then, not from when a free worker sent it. Too
 * few workers, or a slow service, therefore shows as latency, never as a politely lower rate.
 *
 * <p>Each worker sends on a kept-alive connection with Apache HttpClient's blocking client: the
 * generator runs on the machine it measures, and the JDK's {@code HttpClient} (asynchronous
 * underneath, a selector thread and futures for every exchange) cost about 0.7 ms of CPU per
 * request there (docs/adr/0026, third pass), CPU the service then did not have.
 */
final class OpenLoop implements AutoCloseable {
  static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(2);

  final Recorder latencyMicros = new Recorder(MAX_LATENCY_MICROS, 3);
  final LongAdder answered = new LongAdder();
  final LongAdder failed = new LongAdder();

  /** Requests that fell due during the run but were never sent: every worker was still waiting. */
  final LongAdder notSent = new LongAdder();

  final Map<Integer, LongAdder> otherStatuses = new ConcurrentHashMap<>();
  private final CloseableHttpClient client =
      HttpClients.custom()
          .setConnectionManager(
              PoolingHttpClientConnectionManagerBuilder.create()
                  .setMaxConnTotal(1024)
                  .setMaxConnPerRoute(1024)
                  .setDefaultConnectionConfig(
                      ConnectionConfig.custom()
                          .setConnectTimeout(Timeout.ofSeconds(5))
                          .setSocketTimeout(Timeout.ofSeconds(60))
                          .build())
                  .build())
          .disableAutomaticRetries() // a failure is counted, never hidden by a second try
          .disableCookieManagement()
          .disableRedirectHandling()
          .disableContentCompression()
          .build();
  private final URI uri;
  private final String authorization;
  private final List<byte[]> bodies;

  OpenLoop(URI uri, String authorization, List<String> bodies) {
    this.uri = uri;
    this.authorization = authorization;
    // Encoded once: the generator's own CPU per request is part of what shares the machine.
    this.bodies = bodies.stream().map(b -> b.getBytes(StandardCharsets.UTF_8)).toList();
  }

  /**
   * Sends requests due at {@code rate} per second for {@code seconds}, from {@code workers}. A
   * request still unsent when the time is up is counted in {@link #notSent}, not sent late, so a
   * service that cannot keep up ends the run on time with its shortfall shown.
   */
  void run(double rate, double seconds, int workers) throws InterruptedException {
    long count = Math.round(rate * seconds);
    long start = System.nanoTime();
    AtomicLong next = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      Thread t = new Thread(() -> work(next, count, start, rate, seconds), "load-" + w);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
  }

  Map<String, Long> statuses() {
    Map<String, Long> out = new TreeMap<>();
    otherStatuses.forEach((status, n) -> out.put(String.valueOf(status), n.sum()));
    return out;
  }

  private void work(AtomicLong next, long count, long start, double rate, double seconds) {
    long end = start + (long) (seconds * 1e9);
    for (long k = next.getAndIncrement(); k < count; k = next.getAndIncrement()) {
      long due = start + (long) (k * 1e9 / rate);
      if (System.nanoTime() > end) {
        notSent.increment();
        continue;
      }
      sleepUntil(due);
      send(bodies.get((int) (k % bodies.size())));
      long micros = (System.nanoTime() - due) / 1000;
      latencyMicros.recordValue(Math.min(Math.max(micros, 0), MAX_LATENCY_MICROS));
    }
  }

  private void send(byte[] body) {
    HttpPost post = new HttpPost(uri);
    post.setHeader("Authorization", authorization);
    post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
    try {
      int status = client.execute(post, OpenLoop::answer);
      if (status == 200) {
        answered.increment();
      } else {
        otherStatuses.computeIfAbsent(Math.abs(status), s -> new LongAdder()).increment();
      }
    } catch (IOException e) {
      failed.increment();
    }
  }

  /**
   * The answer's status, or -200 for a 200 that is not a calculation's answer; the whole body is
   * read (the connection is then kept for the next request), its start compared as bytes: no 16 kB
   * decoded into a String per answer.
   */
  private static int answer(ClassicHttpResponse response) throws IOException {
    HttpEntity entity = response.getEntity();
    byte[] body = new byte[0];
    if (entity != null) {
      try (InputStream in = entity.getContent()) {
        body = in.readAllBytes();
      }
    }
    int status = response.getCode();
    return status == 200 && !startsWith(body, ANSWER) ? -200 : status;
  }

  @Override
  public void close() throws IOException {
    client.close();
  }

  private static final byte[] ANSWER = "{\"calculationId\":\"".getBytes(StandardCharsets.UTF_8);

  static boolean startsWith(byte[] body, byte[] prefix) {
    return body.length >= prefix.length
        && Arrays.equals(body, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static void sleepUntil(long due) {
    long wait = due - System.nanoTime();
    if (wait > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
