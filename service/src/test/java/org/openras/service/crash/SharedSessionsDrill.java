package org.openras.service.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two service instances (real processes) on one database, as behind a load balancer without sticky
 * sessions (issue 19, docs/adr/0021): a page session made by signing in with the form on one
 * instance is signed in on the other, and signing out on the other ends it on the first. {@link
 * H2SharedSessionsTest} runs it on one H2 file, {@link PostgresSharedSessionsTest} on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SharedSessionsDrill {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final HttpClient NO_COOKIES =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @TempDir static Path dir;
  final List<ServiceProcess> instances = new ArrayList<>();

  abstract void createDatabase() throws Exception;

  abstract List<String> databaseArguments();

  abstract void dropDatabase() throws Exception;

  @BeforeAll
  void startTwoInstances() throws Exception {
    createDatabase();
    for (int i = 0; i < 2; i++) {
      List<String> args = new ArrayList<>(databaseArguments());
      args.add("--openras.data.dir=" + dir.resolve("instance-" + i + "-" + System.nanoTime()));
      instances.add(ServiceProcess.start(dir, args));
    }
  }

  @AfterAll
  void stop() throws Exception {
    for (ServiceProcess p : instances) {
      p.close();
    }
    dropDatabase();
  }

  @Test
  void aPageSessionMadeOnOneInstanceIsSignedInOnTheOtherUntilSignedOutThere() throws Exception {
    ServiceProcess a = instances.get(0);
    ServiceProcess b = instances.get(1);

    // Sign in with the form on A, as a browser without JavaScript does.
    CookieManager jar = new CookieManager();
    HttpClient browser =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(jar).build();
    String token = token(browser.send(get(a, "/web/sign-in", null), ofString()).body());
    HttpResponse<String> signedIn =
        browser.send(
            post(a, "/web/sign-in", null, "username=finance&password=finance-demo&_csrf=" + token),
            ofString());
    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/web"));
    HttpCookie session =
        jar.getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals("SESSION"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no SESSION cookie: " + jar.getCookieStore()));
    String cookie = "SESSION=" + session.getValue();
    HttpResponse<String> homeOnA = NO_COOKIES.send(get(a, "/web", cookie), ofString());
    assertThat(homeOnA.statusCode()).isEqualTo(200);
    assertThat(homeOnA.body())
        .contains("You are signed in as <strong>finance</strong>")
        .contains("Run a scenario");

    // Without the cookie, B sends a browser to sign in; with it, B serves the signed-in page.
    HttpResponse<String> anonymousOnB = NO_COOKIES.send(get(b, "/web", null), ofString());
    assertThat(anonymousOnB.statusCode()).isEqualTo(302);
    assertThat(anonymousOnB.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/web/sign-in"));
    HttpResponse<String> homeOnB = NO_COOKIES.send(get(b, "/web", cookie), ofString());
    assertThat(homeOnB.statusCode()).as(homeOnB.body()).isEqualTo(200);
    assertThat(homeOnB.body())
        .contains("You are signed in as <strong>finance</strong>")
        .contains("Run a scenario");

    // Sign out on B (with the session's CSRF token, as B's page shows it): A no longer knows it.
    HttpResponse<String> signedOut =
        NO_COOKIES.send(
            post(b, "/web/sign-out", cookie, "_csrf=" + token(homeOnB.body())), ofString());
    assertThat(signedOut.statusCode()).as(signedOut.body()).isEqualTo(302);
    assertThat(signedOut.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/web/sign-in?signedOut"));
    for (ServiceProcess instance : List.of(a, b)) {
      HttpResponse<String> after = NO_COOKIES.send(get(instance, "/web", cookie), ofString());
      assertThat(after.statusCode()).as("signed out on port " + instance.port).isEqualTo(302);
      assertThat(after.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).contains("/web/sign-in"));
    }
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private static HttpRequest get(ServiceProcess on, String path, String cookie) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(uri(on, path))
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    if (cookie != null) {
      r.header("Cookie", cookie);
    }
    return r.build();
  }

  private static HttpRequest post(ServiceProcess on, String path, String cookie, String form) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(uri(on, path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (cookie != null) {
      r.header("Cookie", cookie);
    }
    return r.build();
  }

  private static URI uri(ServiceProcess on, String path) {
    return URI.create("http://localhost:" + on.port + path);
  }

  private static String token(String html) throws IOException {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("a CSRF token on the page").isTrue();
    return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
  }
}
