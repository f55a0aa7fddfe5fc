package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openras.service.Multipart;

/**
 * A browser without a browser, for tests of the pages: one session's cookies, sign-in by the form,
 * and forms sent with the CSRF token of the page they were on (url-encoded or multipart).
 */
final class WebSession {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final int port;
  private final HttpClient client =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  WebSession(int port) {
    this.port = port;
  }

  /** Signs in as a demonstration user; answers the redirect after sign-in. */
  HttpResponse<String> signIn(String user) throws IOException, InterruptedException {
    String token = token(get("/web/sign-in").body());
    return send(
        HttpRequest.newBuilder(uri("/web/sign-in"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    form(Map.of("username", user, "password", user + "-demo", "_csrf", token)))));
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)));
  }

  /** Gets a download (a PDF) as bytes. */
  HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Posts a form (url-encoded) with the CSRF token of the page at {@code from}. */
  HttpResponse<String> post(String from, String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", token(get(from).body()));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(all))));
  }

  /**
   * Posts a multipart form with the CSRF token of the page at {@code from}, and a file part named
   * {@code file} (no file chosen when {@code fileName} is empty).
   */
  HttpResponse<String> postMultipart(
      String from, String path, Map<String, String> fields, String fileName, byte[] file)
      throws IOException, InterruptedException {
    String boundary = "----openras" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", token(get(from).body()));
    for (var f : all.entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + f.getKey()
                  + "\"\r\n\r\n"
                  + f.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** Posts a multipart form (any files) with the CSRF token of the page at {@code from}. */
  HttpResponse<String> postMultipart(String from, String path, Multipart form)
      throws IOException, InterruptedException {
    form.field("_csrf", token(get(from).body()));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", form.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
  }

  static String token(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("a CSRF token on the page").isTrue();
    return m.group(1);
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
