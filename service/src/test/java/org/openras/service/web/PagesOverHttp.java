package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages as a browser without JavaScript sees them, over real HTTP: a fresh cookie jar for each
 * test (or each {@link #newBrowser()}), sign-in by the form with its CSRF token, and forms posted
 * as {@code application/x-www-form-urlencoded}.
 */
abstract class PagesOverHttp {
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  HttpClient client;

  @BeforeEach
  void newBrowser() {
    client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  /** Signs {@code user} in with the demonstration password, as the sign-in form does. */
  HttpResponse<String> signIn(String user) throws IOException, InterruptedException {
    String token = token(get("/web/sign-in").body());
    return post(
        "/web/sign-in", "username=" + user + "&password=" + user + "-demo&_csrf=" + enc(token));
  }

  static String token(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("a CSRF token on the page").isTrue();
    return m.group(1);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** As a browser asks for a page: HTML first. */
  HttpResponse<String> getPage(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(path))
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
