package org.openras.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A plain HTTP client for tests against the service on its random port, signed in as one of the
 * demonstration users (the assessor unless told otherwise) or as nobody.
 */
public final class Http {
  public static final String CALCULATIONS = "/api/v1/calculations";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final int port;
  private final String authorization;

  public Http(int port) {
    this(port, "assessor");
  }

  /** Signed in as a demonstration user, whose password is the name followed by "-demo". */
  public Http(int port, String user) {
    this(port, user, user + "-demo");
  }

  public Http(int port, String user, String password) {
    this.port = port;
    this.authorization =
        user == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static Http anonymous(int port) {
    return new Http(port, null, null);
  }

  public HttpResponse<String> post(String path, String body, String contentType) {
    return send(
        builder(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  public HttpResponse<String> postMultipart(String path, Multipart body) {
    return send(
        builder(path)
            .header("Content-Type", body.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
            .build());
  }

  public HttpResponse<String> postJson(String body) {
    return post(CALCULATIONS, body, "application/json");
  }

  public HttpResponse<String> postEmpty(String path) {
    return send(builder(path).POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  public HttpResponse<String> get(String path) {
    return send(builder(path).GET().build());
  }

  public HttpResponse<String> send(HttpRequest.Builder request, String path) {
    return send(sign(request.uri(uri(path))).build());
  }

  private HttpRequest.Builder builder(String path) {
    return sign(HttpRequest.newBuilder(uri(path)));
  }

  private HttpRequest.Builder sign(HttpRequest.Builder builder) {
    return authorization == null ? builder : builder.header("Authorization", authorization);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
