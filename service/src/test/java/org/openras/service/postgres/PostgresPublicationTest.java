package org.openras.service.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.OpenRasApplication;
import org.openras.service.publication.DraftRules;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The publication log on PostgreSQL: migrated by the owner, written by the service's role, which
 * may only insert and read; triggers refuse changing or removing an entry or a version's files,
 * even to the superuser.
 */
@RequiresPostgres
class PostgresPublicationTest {
  static PostgresDatabase db;
  static ConfigurableApplicationContext service;
  static Path rules;

  @BeforeAll
  static void start() throws Exception {
    db = PostgresDatabase.create();
    rules = DraftRules.copyShipped(Files.createTempDirectory("openras-pg-publication-"));
    List<String> args = new ArrayList<>(List.of(db.arguments()));
    args.add("--server.port=0");
    args.add("--openras.rules.dir=" + rules);
    service =
        new SpringApplicationBuilder(OpenRasApplication.class).run(args.toArray(String[]::new));
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
    if (db != null) {
      db.close();
    }
  }

  static int port() {
    return ((WebServerApplicationContext) service).getWebServer().getPort();
  }

  /** Uprating drafts (issue 16) are editable: the service's role may insert, update and delete. */
  @Test
  void anUpratingDraftIsMadeChangedAndDiscardedByTheServicesRole() {
    Http policy = new Http(port(), "policy");
    String path = "/api/v1/rulesets/contributions/uprating/2036-04-06";
    var made =
        policy.post(
            "/api/v1/rulesets/contributions/uprating",
            "{\"source\": \"2015-04-01\", \"effectiveFrom\": \"2036-04-06\"}",
            "application/json");
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    var changed =
        policy.send(
            java.net.http.HttpRequest.newBuilder()
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"figures\": [{\"id\": \"lowerCapitalLimit\", \"carry\": true}]}"))
                .header("Content-Type", "application/json"),
            path);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(changed.body()).contains("\"carried\":true");
    var gone = policy.send(java.net.http.HttpRequest.newBuilder().DELETE(), path);
    assertThat(gone.statusCode()).as(gone.body()).isEqualTo(204);
  }

  @Test
  void aDraftIsPublishedAndTheLogCannotBeChanged() throws SQLException {
    DraftRules.draftRas(rules, "2026-04-01", "2026-06-01", "");
    var r =
        new Http(port(), "policy")
            .post(
                "/api/v1/rulesets/ras/2026-04-01/publication",
                "{\"note\": \"on PostgreSQL\"}",
                "application/json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode log =
        Json.mapper()
            .readTree(new Http(port(), "auditor").get("/api/v1/rulesets/publications").body());
    assertThat(log.get("intact").asBoolean()).isTrue();
    JsonNode last = log.get("entries").get(log.get("entries").size() - 1);
    assertThat(last.get("version").asString()).isEqualTo("2026-04-01");
    assertThat(last.get("actor").asString()).isEqualTo("policy");

    for (String change :
        List.of(
            "UPDATE publication_entry SET actor = 'x'",
            "DELETE FROM publication_entry",
            "TRUNCATE publication_entry",
            "UPDATE published_content SET files_json = '{}'",
            "DELETE FROM published_content",
            "TRUNCATE published_content")) {
      assertThatThrownBy(() -> db.asSuperuser(change))
          .as(change)
          .rootCause()
          .hasMessageContaining("the publication log is append-only");
    }
    try (Connection app = db.connect(PostgresDatabase.APP);
        Statement s = app.createStatement()) {
      for (String change :
          List.of(
              "UPDATE publication_entry SET actor = 'x'",
              "DELETE FROM published_content",
              "ALTER TABLE publication_entry DISABLE TRIGGER USER")) {
        assertThatThrownBy(() -> s.execute(change)).as(change).isInstanceOf(SQLException.class);
      }
    }
  }
}
