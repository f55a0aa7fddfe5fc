package org.openras.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.Seeds;
import org.openras.testidp.TestIdentityProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * OpenID Connect sign-in against a real provider started by the test ({@link TestIdentityProvider},
 * Spring Security's authorization server): a person signs in to the pages (authorization code with
 * PKCE) and out again (at the provider too); programs get tokens for the API (client credentials);
 * every group maps to its role; expired, wrongly signed, other applications' and unreadable tokens
 * are refused with a problem detail naming the reason. The demonstration users still sign in beside
 * the provider (the demo profile).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcSignInTest {
  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"");
  private static ConfigurableApplicationContext idp;

  @LocalServerPort int port;
  @Autowired MeterRegistry registry;

  @DynamicPropertySource
  static void identityProvider(DynamicPropertyRegistry properties) {
    if (idp == null) {
      idp = TestIdentityProvider.start();
    }
    String issuer = TestIdentityProvider.issuer(idp);
    properties.add("openras.oidc.issuer-uri", () -> issuer);
    properties.add("openras.oidc.client-id", () -> TestIdentityProvider.PAGES_CLIENT);
    properties.add("openras.oidc.client-secret", () -> TestIdentityProvider.PAGES_SECRET);
    properties.add("openras.oidc.audiences", () -> TestIdentityProvider.API_AUDIENCE);
    properties.add("openras.oidc.provider-name", () -> "Test Council ID");
    properties.add("openras.oidc.role-claim", () -> "groups");
    properties.add("openras.oidc.subject-claim", () -> "oid");
    properties.add("openras.oidc.roles.assessor", () -> "g-assessors");
    properties.add("openras.oidc.roles.finance", () -> "g-finance");
    properties.add("openras.oidc.roles.policy", () -> "g-policy");
    properties.add("openras.oidc.roles.auditor", () -> "g-auditors");
  }

  @AfterAll
  static void stopIdentityProvider() {
    if (idp != null) {
      idp.close();
      idp = null;
    }
  }

  @BeforeEach
  void letThePagesComeBack() {
    TestIdentityProvider.allowPages(idp, service());
  }

  String service() {
    return "http://127.0.0.1:" + port;
  }

  // ---------------------------------------------------------------- the pages

  @Test
  void aPersonSignsInToThePagesWithTheProviderAndGetsTheRolesOfTheirGroups() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> signInPage = browser.get(service() + "/web/sign-in");
    assertThat(signInPage.body())
        .contains("Sign in with <span>Test Council ID</span>")
        .contains("href=\"/web/oauth2/authorization/oidc\"")
        // The demonstration users' form stays beside it under the demo profile.
        .contains("name=\"password\"");

    HttpResponse<String> start = browser.send(service() + "/web/oauth2/authorization/oidc");
    String authorize = start.headers().firstValue("Location").orElseThrow();
    assertThat(authorize)
        .startsWith(TestIdentityProvider.issuer(idp) + "/oauth2/authorize?")
        .contains("code_challenge=")
        .contains("code_challenge_method=S256")
        .contains("scope=openid%20profile%20email");

    HttpResponse<String> home = browser.signInAtProvider(authorize, "ann");
    assertThat(home.uri().toString()).isEqualTo(service() + "/web");
    assertThat(home.body()).contains("You are signed in as <strong>Ann Example</strong>");
    assertThat(browser.get(service() + "/web/assessments/new").statusCode()).isEqualTo(200);
    assertThat(browser.get(service() + "/web/finance/scenarios/new").statusCode()).isEqualTo(403);
    assertThat(browser.get(service() + "/web/audit").statusCode()).isEqualTo(403);
  }

  @Test
  void aPersonInTwoGroupsHasBothRolesAndOneInNoneHasNone() throws Exception {
    Browser fay = new Browser();
    fay.signIn("fay");
    assertThat(fay.get(service() + "/web/finance/scenarios/new").statusCode()).isEqualTo(200);
    assertThat(fay.get(service() + "/web/policy").statusCode()).isEqualTo(200);
    assertThat(fay.get(service() + "/web/assessments/new").statusCode()).isEqualTo(403);

    Browser nia = new Browser();
    assertThat(nia.signIn("nia").body()).contains("Nia Example");
    for (String page :
        List.of(
            "/web/assessments/new", "/web/finance/scenarios/new", "/web/policy", "/web/audit")) {
      assertThat(nia.get(service() + page).statusCode()).as(page).isEqualTo(403);
    }
  }

  @Test
  void signingOutEndsTheSessionHereAndAtTheProvider() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> home = browser.signIn("ann");
    String token = csrf(home.body());

    HttpResponse<String> signOut =
        browser.send(
            HttpRequest.newBuilder(URI.create(service() + "/web/sign-out"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(token))));
    String endSession = signOut.headers().firstValue("Location").orElseThrow();
    assertThat(endSession)
        .startsWith(TestIdentityProvider.issuer(idp) + "/connect/logout?")
        .contains("id_token_hint=")
        .contains("post_logout_redirect_uri=" + service() + "/web/sign-in?signedOut");

    // A browser lets the sign-out form end at the provider (form-action).
    assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("form-action 'self' " + TestIdentityProvider.issuer(idp) + ";");

    HttpResponse<String> back = browser.follow(endSession);
    assertThat(back.uri().toString())
        .as("%s", browser.chain)
        .isEqualTo(service() + "/web/sign-in?signedOut");
    assertThat(back.body()).contains("You have signed out.");

    HttpResponse<String> after = browser.send(service() + "/web");
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/web/sign-in");
    // The provider's session ended too: signing in again asks for the password.
    HttpResponse<String> again = browser.follow(service() + "/web/oauth2/authorization/oidc");
    assertThat(again.uri().toString()).isEqualTo(TestIdentityProvider.issuer(idp) + "/login");
  }

  @Test
  void theDemonstrationUsersStillSignIn() {
    assertThat(new Http(port, "assessor").postJson(Seeds.first()).statusCode()).isEqualTo(200);
  }

  // ---------------------------------------------------------------- the API

  /** Each group's role, allowed what the role may use and refused one other role's endpoint. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "api-assessor, POST, /api/v1/calculations, GET, /api/v1/audit/verify",
    "api-finance, GET, /api/v1/calibrations/00000000-0000-0000-0000-000000000000, POST,"
        + " /api/v1/calculations",
    "api-policy, GET, /api/v1/rulesets/ras/diff?from=2024-04-01&to=2025-04-01, GET,"
        + " /api/v1/calibrations/00000000-0000-0000-0000-000000000000",
    "api-auditor, GET, /api/v1/audit/verify, GET,"
        + " /api/v1/rulesets/ras/diff?from=2024-04-01&to=2025-04-01",
  })
  void eachGroupMapsToItsRole(
      String program, String method, String allowed, String otherMethod, String refused) {
    String token = token(program);
    HttpResponse<String> ok = api(token, method, allowed);
    assertThat(ok.statusCode()).as(ok.body()).isNotIn(401, 403).isLessThan(500);
    HttpResponse<String> no = api(token, otherMethod, refused);
    assertThat(no.statusCode()).as(no.body()).isEqualTo(403);
    assertThat(no.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(problem(no).get("type").asString()).isEqualTo("urn:openras:problem:forbidden");
  }

  @Test
  void aTokenWithNoMappedGroupIsSignedInButHasNoRole() {
    String token = token("api-nobody");
    assertThat(api(token, "GET", "/api/v1/rulesets").statusCode()).isEqualTo(200);
    HttpResponse<String> refused = api(token, "POST", "/api/v1/calculations");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(problem(refused).get("type").asString()).isEqualTo("urn:openras:problem:forbidden");
  }

  @Test
  void theAuditRecordKeepsTheStableSubjectAndTheName() {
    String token = token("api-assessor");
    HttpResponse<String> calculated = api(token, "POST", "/api/v1/calculations");
    assertThat(calculated.statusCode()).as(calculated.body()).isEqualTo(200);
    String id = Json.mapper().readTree(calculated.body()).get("calculationId").asString();
    HttpResponse<String> record = api(token, "GET", "/api/v1/calculations/" + id);
    assertThat(record.statusCode()).as(record.body()).isEqualTo(200);
    String oid = TestIdentityProvider.PEOPLE.get("api-assessor").oid();
    JsonNode r = Json.mapper().readTree(record.body());
    assertThat(r.get("actor").asString()).isEqualTo(oid + " (Assessment robot)");
    assertThat(r.get("role").asString()).isEqualTo("ASSESSOR");
  }

  @Test
  void anExpiredTokenIsRefusedSayingSo() {
    assertRefused(token("api-expired"), "expired", "expired");
  }

  @Test
  void aTokenForAnotherApplicationIsRefusedSayingSo() {
    assertRefused(token("api-other-audience"), "audience", "another application");
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefusedSayingSo() throws Exception {
    SignedJWT real = SignedJWT.parse(token("api-assessor"));
    RSAKey other = new RSAKeyGenerator(2048).keyID(real.getHeader().getKeyID()).generate();
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(other.getKeyID()).build(),
            real.getJWTClaimsSet());
    forged.sign(new RSASSASigner(other));
    assertRefused(forged.serialize(), "signature", "signature is not valid");
  }

  @Test
  void aTokenWhoseClaimsWereChangedIsRefusedSayingSo() throws Exception {
    String[] parts = token("api-nobody").split("\\.");
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder(
                JWTClaimsSet.parse(
                    new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))
            .claim("groups", List.of("g-auditors"))
            .build();
    String changed =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertRefused(changed, "signature", "signature is not valid");
  }

  @Test
  void anUnreadableTokenIsRefusedSayingSo() {
    assertRefused("not-a-token", "malformed", "not a well-formed");
  }

  private void assertRefused(String token, String reason, String words) {
    double counted = refusals(reason);
    HttpResponse<String> response = api(token, "POST", "/api/v1/calculations");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    // Counted by route and reason for operations (docs/adr/0020).
    assertThat(refusals(reason) - counted).isEqualTo(1);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(
            v -> assertThat(v).startsWith("Bearer").contains("error=\"invalid_token\""));
    JsonNode problem = problem(response);
    assertThat(problem.get("status").asInt()).isEqualTo(401);
    assertThat(problem.get("type").asString()).isEqualTo("urn:openras:problem:unauthenticated");
    assertThat(problem.get("reason").asString()).isEqualTo(reason);
    assertThat(problem.get("detail").asString()).contains(words);
    assertThat(response.body()).doesNotContain("weeklyBudget");
  }

  private double refusals(String reason) {
    Counter c =
        registry
            .find("openras.security.refusals")
            .tags(
                "status",
                "401",
                "route",
                "/api/v1/calculations",
                "method",
                "POST",
                "reason",
                reason)
            .counter();
    return c == null ? 0 : c.count();
  }

  private static JsonNode problem(HttpResponse<String> response) {
    return Json.mapper().readTree(response.body());
  }

  /** An access token from the provider's token endpoint (client credentials). */
  private static String token(String program) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(TestIdentityProvider.issuer(idp) + "/oauth2/token"))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (program + ":" + program + "-secret").getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=openras"))
            .build();
    HttpResponse<String> response = Browser.call(HttpClient.newHttpClient(), request);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.mapper().readTree(response.body()).get("access_token").asString();
  }

  private HttpResponse<String> api(String token, String method, String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(service() + path))
            .header("Authorization", "Bearer " + token);
    if (method.equals("POST")) {
      b.header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(Seeds.first()));
    } else {
      b.GET();
    }
    return Browser.call(HttpClient.newHttpClient(), b.build());
  }

  private static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("a CSRF token in " + html).isTrue();
    return m.group(1);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * A browser without a browser: its own cookies per host (the provider is on localhost, the
   * service on 127.0.0.1), redirects followed one by one.
   */
  final class Browser {
    private final HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    List<String> chain = List.of();

    HttpResponse<String> send(String url) {
      return send(HttpRequest.newBuilder(URI.create(url)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
      return call(client, request.header("Accept", "text/html").build());
    }

    /** GET, following every redirect. */
    HttpResponse<String> get(String url) {
      return follow(url);
    }

    HttpResponse<String> follow(String url) {
      HttpResponse<String> response = send(url);
      List<String> seen = new ArrayList<>(List.of(url));
      chain = seen;
      while (response.statusCode() / 100 == 3) {
        String next =
            response
                .uri()
                .resolve(response.headers().firstValue("Location").orElseThrow())
                .toString();
        seen.add(next);
        assertThat(seen).as("redirects").hasSizeLessThan(12);
        response = send(next);
      }
      return response;
    }

    /** From the provider's authorization endpoint: its sign-in form, then back to the service. */
    HttpResponse<String> signInAtProvider(String authorize, String user) {
      HttpResponse<String> form = follow(authorize);
      assertThat(form.uri().toString()).isEqualTo(TestIdentityProvider.issuer(idp) + "/login");
      HttpResponse<String> posted =
          send(
              HttpRequest.newBuilder(form.uri())
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          Map.of(
                                  "username",
                                  user,
                                  "password",
                                  user + "-pass",
                                  "_csrf",
                                  csrf(form.body()))
                              .entrySet()
                              .stream()
                              .map(e -> e.getKey() + "=" + enc(e.getValue()))
                              .collect(Collectors.joining("&")))));
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
      return follow(
          posted.uri().resolve(posted.headers().firstValue("Location").orElseThrow()).toString());
    }

    HttpResponse<String> signIn(String user) {
      HttpResponse<String> start = send(service() + "/web/oauth2/authorization/oidc");
      return signInAtProvider(start.headers().firstValue("Location").orElseThrow(), user);
    }

    static HttpResponse<String> call(HttpClient client, HttpRequest request) {
      try {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
