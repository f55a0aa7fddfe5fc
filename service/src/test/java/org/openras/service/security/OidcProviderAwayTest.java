package org.openras.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Seeds;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An identity provider that cannot be reached (nothing listens at its address): the service starts
 * all the same (discovery waits for the first use), a sign-in returns to the sign-in page with a
 * message and a bearer token gets 503 as a problem detail, never a 500.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "openras.oidc.issuer-uri=http://127.0.0.1:9/away",
      "openras.oidc.client-id=openras-pages",
      "openras.oidc.client-secret=secret",
      "openras.oidc.provider-name=Away ID",
      "openras.oidc.roles.assessor=g-assessors"
    })
class OidcProviderAwayTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @LocalServerPort int port;

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  @Test
  void aSignInThatCannotStartReturnsToTheSignInPageWithAMessage() throws Exception {
    HttpResponse<String> start =
        send(HttpRequest.newBuilder(uri("/web/oauth2/authorization/oidc")));
    assertThat(start.statusCode()).isEqualTo(302);
    String location = start.headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith("/web/sign-in?providerError");
    HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(location)));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Signing in with <span>Away ID</span> did not work");
  }

  @Test
  void aBearerTokenThatCannotBeCheckedGets503AsAProblemDetail() throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri("/api/v1/calculations"))
                .header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Seeds.first())));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = Json.mapper().readTree(response.body());
    assertThat(problem.get("type").asString())
        .isEqualTo("urn:openras:problem:identity-provider-unavailable");
  }
}
