package org.openras.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

/**
 * Requests sent at a fixed rate whatever the service does (open loop, as wrk2 does): request k is
 * due at start + k / rate, and its latency runs from then, not from when a free worker sent it. Too
 * few workers, or a slow service, therefore shows as latency, never as a politely lower rate.
 */
final class OpenLoop {
  private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(2);

  final Recorder latencyMicros = new Recorder(MAX_LATENCY_MICROS, 3);
  final LongAdder answered = new LongAdder();
  final LongAdder failed = new LongAdder();

  /** Requests that fell due during the run but were never sent: every worker was still waiting. */
  final LongAdder notSent = new LongAdder();

  final Map<Integer, LongAdder> otherStatuses = new ConcurrentHashMap<>();
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
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
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      // The body as bytes, its start compared as bytes: no 16 kB decoded into a String per answer.
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() == 200 && startsWith(response.body(), ANSWER)) {
        answered.increment();
      } else {
        otherStatuses.computeIfAbsent(response.statusCode(), s -> new LongAdder()).increment();
      }
    } catch (IOException e) {
      failed.increment();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
