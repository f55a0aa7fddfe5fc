package org.openras.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service (service/target/openras-service.jar), started once for the whole suite as a
 * council would run it: its own process, a fresh database folder, the demonstration users. The
 * suite reaches it only through the generated client. It runs on this JVM's own {@code java}, or on
 * another JDK's ({@code -Dopenras.service.java=/path/to/bin/java}: CI runs the suite again on the
 * JDK recommended for serving, docs/adr/0034).
 */
final class ServiceUnderTest {
  static final Duration START_TIMEOUT = Duration.ofSeconds(900);
  private static ServiceUnderTest running;

  final int port;
  private final Process process;
  final Path log;

  private ServiceUnderTest(int port, Process process, Path log) {
    this.port = port;
    this.process = process;
    this.log = log;
  }

  static synchronized ServiceUnderTest get() {
    if (running == null) {
      running = start();
      Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
    }
    return running;
  }

  private static ServiceUnderTest start() {
    try {
      Path jar = Path.of(System.getProperty("openras.service.jar"));
      Path work = Files.createTempDirectory(Path.of("target"), "contract-service-");
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      Path log = work.resolve("service.log");
      List<String> command =
          List.of(
              // The JDK the service runs on: this test's own, or another (openras.service.java).
              System.getProperty(
                  "openras.service.java",
                  Path.of(System.getProperty("java.home"), "bin", "java").toString()),
              "-Xmx512m",
              "-XX:TieredStopAtLevel=1",
              "-XX:+UseSerialGC",
              "-jar",
              jar.toAbsolutePath().toString(),
              "--server.port=" + port,
              "--server.address=127.0.0.1",
              "--openras.data.dir=" + work.resolve("data").toAbsolutePath());
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      ServiceUnderTest service = new ServiceUnderTest(port, process, log);
      service.awaitReady();
      return service;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI ready = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service stopped at start; see " + log);
      }
      try {
        HttpResponse<String> answer =
            client.send(
                HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("the service was not ready in " + START_TIMEOUT);
  }

  private void stop() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
