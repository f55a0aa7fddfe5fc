package org.openras.service.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.service.Http;
import org.openras.service.OpenRasApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two service instances on one database, started together: the empty log is filled once, and a
 * version published through one is served by the other after its next poll, without a restart.
 */
class TwoInstancesPublishingTest {
  static final List<ConfigurableApplicationContext> instances = new ArrayList<>();
  static Path rules;

  @BeforeAll
  static void startTwoInstancesTogether() throws Exception {
    rules = DraftRules.copyShipped(Files.createTempDirectory("openras-two-instances-"));
    String db = "jdbc:h2:mem:two-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<ConfigurableApplicationContext>> started = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        started.add(
            pool.submit(
                () ->
                    new SpringApplicationBuilder(OpenRasApplication.class)
                        .run(
                            "--server.port=0",
                            "--spring.datasource.url=" + db,
                            "--openras.rules.dir=" + rules,
                            "--openras.publication.poll=PT0.2S")));
      }
      for (Future<ConfigurableApplicationContext> f : started) {
        instances.add(f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @AfterAll
  static void stop() {
    instances.forEach(ConfigurableApplicationContext::close);
  }

  static int port(ConfigurableApplicationContext c) {
    return ((WebServerApplicationContext) c).getWebServer().getPort();
  }

  static String rasOn(ConfigurableApplicationContext c, String day) {
    return PublishingTest.rasOn(port(c), day);
  }

  @Test
  void theLogIsFilledOnceAndBothServeWhatOnePublishes() throws Exception {
    int shipped = new DirectoryRuleStore(rules).versions().size();
    assertThat(instances.get(0).getBean(PublicationLog.class).entries())
        .as("two instances starting together record the shipped versions once")
        .hasSize(shipped);

    DraftRules.draftRas(rules, "2026-04-01", "2026-06-01", "");
    var published =
        new Http(port(instances.get(0)), "policy")
            .post("/api/v1/rulesets/ras/2026-04-01/publication", "{}", "application/json");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    assertThat(rasOn(instances.get(0), "2026-06-01")).isEqualTo("2026-04-01");

    OpenRasEngine other = instances.get(1).getBean(OpenRasEngine.class);
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (other.catalogue().find("ras", "2026-04-01").isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(rasOn(instances.get(1), "2026-06-01")).isEqualTo("2026-04-01");
    assertThat(other.catalogue().find("ras", "2026-04-01").orElseThrow().hash())
        .isEqualTo(
            instances
                .get(0)
                .getBean(OpenRasEngine.class)
                .catalogue()
                .find("ras", "2026-04-01")
                .orElseThrow()
                .hash());
  }
}
