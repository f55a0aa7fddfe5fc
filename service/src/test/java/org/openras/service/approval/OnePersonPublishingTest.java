package org.openras.service.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.publication.DraftRules;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The demo profile (the default profile when none is given, as the README's command runs) lets one
 * policy officer publish alone: a proposal approved by its proposer, recorded with both names the
 * same.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "openras.publication.poll=PT1H")
class OnePersonPublishingTest {
  static final Path RULES = DraftRules.copyShipped(temp());

  @LocalServerPort int port;

  static Path temp() {
    try {
      return Files.createTempDirectory("openras-one-person-test-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void rules(DynamicPropertyRegistry r) {
    r.add("openras.rules.dir", RULES::toString);
  }

  @Test
  void theDemoProfileLetsTheProposerApprove() {
    DraftRules.draftRas(RULES, "2031-04-01", "2031-06-01", "");
    Http policy = new Http(port, "policy");
    HttpResponse<String> proposed =
        policy.post(
            "/api/v1/rulesets/ras/2031-04-01/proposals",
            "{\"action\": \"PUBLISH\"}",
            "application/json");
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
    String id = Json.mapper().readTree(proposed.body()).get("id").asString();
    String digest =
        Json.mapper()
            .readTree(policy.get("/api/v1/rulesets/proposals/" + id).body())
            .get("reviewDigest")
            .asString();
    HttpResponse<String> approved =
        policy.post(
            "/api/v1/rulesets/proposals/" + id + "/approval",
            "{\"reviewDigest\": \"" + digest + "\"}",
            "application/json");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(201);
    JsonNode log = Json.mapper().readTree(policy.get("/api/v1/rulesets/publications").body());
    assertThat(log.get("intact").asBoolean()).isTrue();
    JsonNode last = log.get("entries").get(log.get("entries").size() - 1);
    assertThat(last.get("actor").asString()).isEqualTo("policy");
    assertThat(last.get("approvedBy").asString()).isEqualTo("policy");
  }
}
