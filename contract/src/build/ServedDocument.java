import java.io.IOException;
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
 * Writes the OpenAPI document the packaged service serves (GET /v3/api-docs) to a file, for the
 * client generator: the service jar is started on a free port with a fresh database folder, asked
 * once it is ready, and stopped. Run by the build as a single-file source program (java
 * ServedDocument.java JAR OUT WORKDIR), so the document is the one a council's developer would
 * download, never one written by hand (docs/adr/0023).
 */
public final class ServedDocument {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(900);

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Path work = Path.of(args[2]);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: the service module is packaged first");
    }
    Files.createDirectories(work);
    Files.createDirectories(out.toAbsolutePath().getParent());
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path log = work.resolve("service.log");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx384m",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-jar",
            jar.toAbsolutePath().toString(),
            "--server.port=" + port,
            "--server.address=127.0.0.1",
            "--openras.data.dir=" + work.resolve("data").toAbsolutePath(),
            "--openras.audit.verify-at-start=false");
    Process service =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      URI docs = URI.create("http://127.0.0.1:" + port + "/v3/api-docs");
      Instant deadline = Instant.now().plus(START_TIMEOUT);
      while (true) {
        if (!service.isAlive()) {
          throw new IllegalStateException("the service stopped; see " + log);
        }
        try {
          HttpResponse<String> answer =
              client.send(
                  HttpRequest.newBuilder(docs).timeout(Duration.ofSeconds(30)).build(),
                  HttpResponse.BodyHandlers.ofString());
          if (answer.statusCode() == 200) {
            Files.writeString(out, answer.body());
            System.out.println("Wrote the served OpenAPI document to " + out);
            return;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("the service was not ready in " + START_TIMEOUT);
        }
        Thread.sleep(500);
      }
    } finally {
      service.destroy();
      if (!service.waitFor(30, TimeUnit.SECONDS)) {
        service.destroyForcibly();
      }
    }
  }
}
