package org.openras.service.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.service.Http;
import org.openras.service.OpenRasApplication;
import org.openras.service.Seeds;
import org.openras.service.audit.AuditLog;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two service instances on one PostgreSQL database, as behind a load balancer, each taking
 * calculations from several threads at once: the appends are serialised in the database, so there
 * is still one chain, every answered calculation has exactly one record, and both instances verify
 * it intact.
 */
@RequiresPostgres
class TwoInstancesTest {
  static final int THREADS_PER_INSTANCE = 4;
  static final int PER_THREAD = 15;

  static PostgresDatabase db;
  static final List<ConfigurableApplicationContext> instances = new ArrayList<>();

  @BeforeAll
  static void startTwoInstances() {
    db = PostgresDatabase.create();
    for (int i = 0; i < 2; i++) {
      List<String> args = new ArrayList<>(List.of(db.arguments()));
      args.add("--server.port=0");
      instances.add(
          new SpringApplicationBuilder(OpenRasApplication.class).run(args.toArray(String[]::new)));
    }
  }

  @AfterAll
  static void stop() {
    instances.forEach(ConfigurableApplicationContext::close);
    if (db != null) {
      db.close();
    }
  }

  static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @Test
  void twoInstancesWritingAtOnceKeepOneValidChain() throws Exception {
    String body = Seeds.first();
    List<Future<Integer>> answered = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_INSTANCE);
    try {
      for (ConfigurableApplicationContext instance : instances) {
        Http http = new Http(port(instance), "assessor");
        for (int t = 0; t < THREADS_PER_INSTANCE; t++) {
          answered.add(pool.submit(() -> calculate(http, body)));
        }
      }
    } finally {
      pool.shutdown();
    }
    int successes = 0;
    for (Future<Integer> f : answered) {
      successes += f.get();
    }

    assertThat(successes).isEqualTo(2 * THREADS_PER_INSTANCE * PER_THREAD);
    assertThat(instances.get(0).getBean(AuditLog.class).count()).isEqualTo(successes);
    for (ConfigurableApplicationContext instance : instances) {
      JsonNode verification =
          Json.mapper()
              .readTree(new Http(port(instance), "auditor").get("/api/v1/audit/verify").body());
      assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
      assertThat(verification.get("recordsChecked").asInt()).isEqualTo(successes);
    }
  }

  private static int calculate(Http http, String body) {
    int ok = 0;
    for (int i = 0; i < PER_THREAD; i++) {
      if (http.postJson(body).statusCode() == 200) {
        ok++;
      }
    }
    return ok;
  }
}
