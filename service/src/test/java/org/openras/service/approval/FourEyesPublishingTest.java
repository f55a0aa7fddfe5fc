package org.openras.service.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.audit.AuditHash;
import org.openras.service.publication.DraftRules;
import org.openras.service.publication.MutableClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Four-eyes publishing through the API on the default setting (two people; the profile "four-eyes"
 * gives the demonstration users and a second policy officer, policy2, without the demo profile):
 * one step is refused; a proposer cannot approve their own proposal; an approval needs the digest
 * of the review read; the log records both people and the digest and verifies; a proposal whose
 * draft changes is stale and refused naming it; withdrawal needs the same; the transparency record
 * names the version's rules, sources and both people.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "openras.publication.poll=PT1H")
@ActiveProfiles("four-eyes")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FourEyesPublishingTest {
  static final Path RULES = DraftRules.copyShipped(temp());
  static final MutableClock CLOCK = new MutableClock(LocalDate.of(2026, 5, 1));
  static String digestApproved;
  static String approvedId;

  @LocalServerPort int port;

  static Path temp() {
    try {
      return Files.createTempDirectory("openras-four-eyes-test-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void rules(DynamicPropertyRegistry r) {
    r.add("openras.rules.dir", RULES::toString);
  }

  @TestConfiguration
  static class TestClock {
    @Bean
    @Primary
    MutableClock testClock() {
      return CLOCK;
    }
  }

  static JsonNode json(HttpResponse<String> r) {
    return Json.mapper().readTree(r.body());
  }

  HttpResponse<String> post(String user, String path, String body) {
    return new Http(port, user).post(path, body, "application/json");
  }

  HttpResponse<String> propose(String user, String version, String action, String note) {
    return post(
        user,
        "/api/v1/rulesets/ras/" + version + "/proposals",
        "{\"action\": \""
            + action
            + "\""
            + (note == null ? "" : ", \"note\": \"" + note + "\"")
            + "}");
  }

  HttpResponse<String> approve(String user, String id, String digest) {
    return post(
        user,
        "/api/v1/rulesets/proposals/" + id + "/approval",
        digest == null ? "{}" : "{\"reviewDigest\": \"" + digest + "\"}");
  }

  JsonNode review(String user, String id) {
    HttpResponse<String> r = new Http(port, user).get("/api/v1/rulesets/proposals/" + id);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return json(r);
  }

  JsonNode lastEntry() {
    JsonNode log = json(new Http(port, "auditor").get("/api/v1/rulesets/publications"));
    assertThat(log.get("intact").asBoolean()).as(log.toString()).isTrue();
    JsonNode entries = log.get("entries");
    return entries.get(entries.size() - 1);
  }

  static void assertProblem(HttpResponse<String> r, int status, String type) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(r).get("type").asString()).isEqualTo("urn:openras:problem:" + type);
  }

  @Test
  @Order(1)
  void oneOfficerAloneCannotPublishOrWithdrawInOneStep() {
    DraftRules.draftRas(RULES, "2027-04-01", "2027-06-01", "");
    HttpResponse<String> r = post("policy", "/api/v1/rulesets/ras/2027-04-01/publication", "{}");
    assertProblem(r, 409, "approval-required");
    assertThat(json(r).get("detail").asString())
        .contains("/api/v1/rulesets/ras/2027-04-01/proposals");
    HttpResponse<String> w =
        post("policy", "/api/v1/rulesets/ras/2025-04-01/withdrawal", "{\"reason\": \"r\"}");
    assertProblem(w, 409, "approval-required");
  }

  @Test
  @Order(2)
  void approvalNeedsASecondOfficerWhoReadTheReview() {
    HttpResponse<String> proposed = propose("policy", "2027-04-01", "PUBLISH", "Cabinet, 12 March");
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
    String id = json(proposed).get("id").asString();
    assertThat(json(proposed).get("status").asString()).isEqualTo("OPEN");
    assertThat(json(proposed).get("proposedBy").asString()).isEqualTo("policy");
    assertProblem(propose("policy2", "2027-04-01", "PUBLISH", null), 409, "proposal-conflict");

    JsonNode awaiting =
        json(new Http(port, "policy2").get("/api/v1/rulesets/proposals?awaiting=true"));
    assertThat(awaiting.findValuesAsString("id")).contains(id);

    // The proposer's own approval is refused, naming the proposal.
    JsonNode shownToProposer = review("policy", id);
    HttpResponse<String> own =
        approve("policy", id, shownToProposer.get("reviewDigest").asString());
    assertProblem(own, 403, "own-proposal");
    assertThat(json(own).get("proposalId").asString()).isEqualTo(id);

    // Another officer must say which review they read.
    HttpResponse<String> noDigest = approve("policy2", id, null);
    assertThat(noDigest.statusCode()).as(noDigest.body()).isEqualTo(400);
    assertThat(noDigest.body()).contains("reviewDigest");
    assertProblem(approve("policy2", id, "0".repeat(64)), 409, "review-changed");

    JsonNode shown = review("policy2", id);
    JsonNode review = shown.get("review");
    assertThat(review.get("validation").get("valid").asBoolean()).isTrue();
    assertThat(review.get("validation").get("cases").get("passed").asBoolean()).isTrue();
    assertThat(review.get("comparedWith").asString()).startsWith("ras/");
    assertThat(review.get("diff").get("to").asString()).isEqualTo("2027-04-01");
    String digest = shown.get("reviewDigest").asString();
    // The digest is the SHA-256 of the review as sent.
    assertThat(AuditHash.sha256(Json.mapper().writeValueAsString(review))).isEqualTo(digest);

    HttpResponse<String> approved = approve("policy2", id, digest);
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(201);
    assertThat(json(approved).get("status").asString()).isEqualTo("APPROVED");
    assertThat(json(approved).get("decidedBy").asString()).isEqualTo("policy2");
    assertThat(json(approved).get("reviewDigest").asString()).isEqualTo(digest);

    // The log records both, and the digest of what was approved, in an intact chain.
    JsonNode entry = lastEntry();
    assertThat(entry.get("action").asString()).isEqualTo("PUBLISH");
    assertThat(entry.get("version").asString()).isEqualTo("2027-04-01");
    assertThat(entry.get("actor").asString()).isEqualTo("policy");
    assertThat(entry.get("approvedBy").asString()).isEqualTo("policy2");
    assertThat(entry.get("proposalId").asString()).isEqualTo(id);
    assertThat(entry.get("reviewDigest").asString()).isEqualTo(digest);
    assertThat(entry.get("note").asString()).isEqualTo("Cabinet, 12 March");
    assertThat(json(approved).get("entrySequence").asLong())
        .isEqualTo(entry.get("sequence").asLong());
    assertProblem(approve("policy2", id, digest), 409, "proposal-decided");
    digestApproved = digest;
    approvedId = id;
  }

  @Test
  @Order(3)
  void theTransparencyRecordNamesTheRulesTheirSourcesAndBothOfficers() {
    HttpResponse<String> r =
        new Http(port, "auditor").get("/api/v1/rulesets/ras/2027-04-01/transparency");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode t = json(r);
    JsonNode record = t.get("record");
    assertThat(record.get("tool").get("version").asString()).isEqualTo("2027-04-01");
    assertThat(record.get("rules").size()).isPositive();
    assertThat(record.get("rules").get(0).get("citation").asString()).isNotBlank();
    assertThat(record.get("figures").findValuesAsString("parameter")).contains("pricePerPoint");
    assertThat(record.get("sources").size()).isPositive();
    assertThat(record.get("sources").get(0).get("title").asString()).isNotBlank();
    assertThat(record.get("tests").get("ran").asBoolean()).isTrue();
    assertThat(record.get("tests").get("failed").asLong()).isZero();
    assertThat(record.get("atrs").size()).isEqualTo(7);
    JsonNode publication = t.get("publication");
    assertThat(publication.get("state").asString()).isEqualTo("SCHEDULED");
    assertThat(publication.get("proposedBy").asString()).isEqualTo("policy");
    assertThat(publication.get("approvedBy").asString()).isEqualTo("policy2");
    assertThat(publication.get("proposalId").asString()).isEqualTo(approvedId);
    assertThat(publication.get("reviewDigest").asString()).isEqualTo(digestApproved);
    assertThat(publication.get("casesPassedAtApproval").asInt()).isPositive();
    assertThat(t.get("impactNote").asString()).contains("named no caseload");

    assertThat(
            new Http(port, "assessor")
                .get("/api/v1/rulesets/ras/2027-04-01/transparency")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  @Order(4)
  void aProposalWhoseDraftChangesIsStaleAndRefusedNamingIt() throws IOException {
    DraftRules.draftRas(RULES, "2028-04-01", "2028-06-01", "");
    String id = json(propose("policy", "2028-04-01", "PUBLISH", null)).get("id").asString();
    String digest = review("policy2", id).get("reviewDigest").asString();
    Path manifest = RULES.resolve("ras/2028-04-01/ruleset.yaml");
    Files.writeString(manifest, Files.readString(manifest) + "\n# changed after the proposal\n");

    assertThat(review("policy2", id).get("proposal").get("status").asString()).isEqualTo("STALE");
    HttpResponse<String> stale = approve("policy2", id, digest);
    assertProblem(stale, 409, "proposal-stale");
    assertThat(json(stale).get("proposalId").asString()).isEqualTo(id);
    assertThat(json(stale).get("detail").asString()).contains(id).contains("ras/2028-04-01");
    assertThat(new Http(port, "policy").get("/api/v1/rulesets/ras/2028-04-01").body())
        .contains("\"DRAFT\"");
    HttpResponse<String> notPublished =
        new Http(port, "policy").get("/api/v1/rulesets/ras/2028-04-01/transparency");
    assertProblem(notPublished, 404, "not-published");

    HttpResponse<String> noReason =
        post("policy2", "/api/v1/rulesets/proposals/" + id + "/rejection", "{}");
    assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
    HttpResponse<String> rejected =
        post(
            "policy2",
            "/api/v1/rulesets/proposals/" + id + "/rejection",
            "{\"reason\": \"changed since proposed\"}");
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
    assertThat(json(rejected).get("status").asString()).isEqualTo("REJECTED");
    assertThat(json(rejected).get("decisionNote").asString()).isEqualTo("changed since proposed");
    assertProblem(approve("policy2", id, digest), 409, "proposal-decided");
    assertProblem(
        new Http(port, "policy2").get("/api/v1/rulesets/proposals/" + "1".repeat(36)),
        404,
        "proposal-not-found");
  }

  @Test
  @Order(5)
  void withdrawalNeedsTheSameTwoPeople() {
    HttpResponse<String> noReason = propose("policy", "2027-04-01", "WITHDRAW", null);
    assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
    assertThat(noReason.body()).contains("\"field\":\"note\"");
    HttpResponse<String> proposed =
        propose("policy", "2027-04-01", "WITHDRAW", "Cabinet rescinded the decision");
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
    String id = json(proposed).get("id").asString();
    String digest = review("policy", id).get("reviewDigest").asString();
    assertProblem(approve("policy", id, digest), 403, "own-proposal");

    HttpResponse<String> approved =
        approve("policy2", id, review("policy2", id).get("reviewDigest").asString());
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(201);
    JsonNode entry = lastEntry();
    assertThat(entry.get("action").asString()).isEqualTo("WITHDRAW");
    assertThat(entry.get("actor").asString()).isEqualTo("policy");
    assertThat(entry.get("approvedBy").asString()).isEqualTo("policy2");
    assertThat(entry.get("note").asString()).isEqualTo("Cabinet rescinded the decision");
    JsonNode t = json(new Http(port, "policy").get("/api/v1/rulesets/ras/2027-04-01/transparency"));
    assertThat(t.get("publication").get("state").asString()).isEqualTo("WITHDRAWN");
    assertThat(t.get("publication").get("withdrawalApprovedBy").asString()).isEqualTo("policy2");
  }
}
