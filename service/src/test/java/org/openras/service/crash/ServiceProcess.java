package org.openras.service.crash;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openras.service.OpenRasApplication;

/**
 * The service as a real operating-system process (a child JVM on the test classpath), so it can be
 * killed with SIGKILL: nothing in it gets to run on the way down.
 */
final class ServiceProcess implements AutoCloseable {
  // Generous for a busy 2-core machine (CI once missed 120 s when every version was compiled at
  // start; shipped versions are now loaded precompiled, ADR 0017).
  static final Duration START_TIMEOUT = Duration.ofSeconds(300);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  final int port;
  private final Process process;
  private final Path log;

  private ServiceProcess(int port, Process process, Path log) {
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** Starts the service with these arguments on a free port and waits until it is ready. */
  static ServiceProcess start(Path logDir, List<String> arguments) throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add(OpenRasApplication.class.getName());
    command.addAll(arguments);
    command.add("--server.port=" + port);
    command.add("--openras.warm-up=PT2S"); // exercised, briefly: these tests start it often
    Path log = Files.createTempFile(logDir, "service-", ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ServiceProcess service = new ServiceProcess(port, process, log);
    service.awaitReady();
    return service;
  }

  /** The process id, as the service names itself in the jobs it runs (docs/adr/0019). */
  long pid() {
    return process.pid();
  }

  /** SIGKILL on Linux: no shutdown hook, no connection pool closed, no transaction finished. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      kill();
    }
  }

  String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady() throws IOException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    HttpRequest ready =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(5))
            .build();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        if (CLIENT.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      pause();
    }
    process.destroyForcibly();
    throw new IllegalStateException("The service did not become ready; its log:\n" + log());
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
