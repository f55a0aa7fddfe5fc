package org.openras.service.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Seeds;
import tools.jackson.databind.JsonNode;

/**
 * Several assessors calculating at once, each posting the seed people in turn until told to stop,
 * and keeping the id of every calculation answered with a result. Requests the service never
 * answered (it was killed) are only counted.
 */
final class Assessors {
  private static final String AUTHORIZATION =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("assessor:assessor-demo".getBytes(StandardCharsets.UTF_8));
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  final Set<String> answered = ConcurrentHashMap.newKeySet();
  final AtomicInteger unanswered = new AtomicInteger();
  final AtomicInteger refused = new AtomicInteger();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final List<String> people = Seeds.people().stream().map(Seeds::read).toList();
  private final List<Thread> threads;
  private final URI uri;

  Assessors(int port, int count) {
    this.uri = URI.create("http://localhost:" + port + Http.CALCULATIONS);
    this.threads =
        java.util.stream.IntStream.range(0, count)
            .mapToObj(i -> new Thread(() -> calculate(i), "assessor-" + i))
            .toList();
    threads.forEach(Thread::start);
  }

  /** Waits until this many calculations have been answered, or the time is up. */
  void awaitAnswered(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (answered.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  void stop() throws InterruptedException {
    running.set(false);
    for (Thread t : threads) {
      t.join(30_000);
    }
  }

  private void calculate(int assessor) {
    for (int i = assessor; running.get(); i++) {
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(20))
              .header("Authorization", AUTHORIZATION)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(people.get(i % people.size())))
              .build();
      try {
        record(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));
      } catch (IOException killed) {
        unanswered.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void record(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      refused.incrementAndGet();
      return;
    }
    JsonNode result = Json.mapper().readTree(response.body());
    answered.add(result.path("calculationId").asString());
  }
}
