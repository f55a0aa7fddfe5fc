package org.openras.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.service.Http;
import org.openras.service.OpenRasApplication;
import org.openras.service.Seeds;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default: an H2 file under openras.data.dir, kept across restarts; the verify-audit command
 * reads it without starting the web server and exits 0 when intact, 1 naming the broken record.
 */
class FileDatabaseTest {
  static final String FILE_URL =
      "--spring.datasource.url=jdbc:h2:file:${openras.data.dir}/openras;AUTO_SERVER=TRUE";

  @TempDir Path data;

  @Test
  void theCommandOnADatabaseWithoutAnAuditTableSaysSoAndExitsTwo() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String empty = "--spring.datasource.url=jdbc:h2:mem:openras-empty";
    int exit = AuditCommand.run(new String[] {empty}, new PrintStream(out, true));
    assertThat(exit).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Cannot read the audit trail");
  }

  @Test
  void recordsSurviveARestartAndTheCommandVerifiesThem() throws Exception {
    String dir = "--openras.data.dir=" + data;
    try (ConfigurableApplicationContext service =
        new SpringApplicationBuilder(OpenRasApplication.class)
            .run(dir, FILE_URL, "--server.port=0")) {
      int port = ((WebServerApplicationContext) service).getWebServer().getPort();
      assertThat(new Http(port).postJson(Seeds.first()).statusCode()).isEqualTo(200);
      assertThat(new Http(port).postJson(Seeds.first()).statusCode()).isEqualTo(200);
    }
    assertThat(Files.exists(data.resolve("openras.mv.db"))).isTrue();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = AuditCommand.run(new String[] {dir, FILE_URL}, new PrintStream(out, true));
    assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Audit chain intact: 2 record(s)");

    try (Connection c =
            DriverManager.getConnection(
                "jdbc:h2:file:" + data + "/openras;AUTO_SERVER=TRUE",
                "sa",
                Files.readString(data.resolve("openras.password")).strip());
        Statement s = c.createStatement()) {
      s.execute("UPDATE audit_record SET actor = 'someone-else' WHERE sequence = 2");
    }
    out.reset();
    exit = AuditCommand.run(new String[] {dir, FILE_URL}, new PrintStream(out, true));
    assertThat(exit).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Audit chain BROKEN at record 2")
        .contains("changed after it was written");
  }

  /** docs/adr/0009: verify-audit checks the checkpoint files; the last record removed is seen. */
  @Test
  void theCommandNamesATruncationAgainstTheCheckpoints() throws Exception {
    String dir = "--openras.data.dir=" + data;
    String checkpoints = "--openras.audit.checkpoint.dir=" + data.resolve("checkpoints");
    try (ConfigurableApplicationContext service =
        new SpringApplicationBuilder(OpenRasApplication.class)
            .run(dir, FILE_URL, checkpoints, "--server.port=0")) {
      int port = ((WebServerApplicationContext) service).getWebServer().getPort();
      for (int i = 0; i < 3; i++) {
        assertThat(new Http(port).postJson(Seeds.first()).statusCode()).isEqualTo(200);
      }
      assertThat(new Http(port, "auditor").postEmpty("/api/v1/audit/checkpoints").statusCode())
          .isEqualTo(200);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit =
        AuditCommand.run(new String[] {dir, FILE_URL, checkpoints}, new PrintStream(out, true));
    assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("1 signed checkpoint(s) match the records; the largest covers 3");

    try (Connection c =
            DriverManager.getConnection(
                "jdbc:h2:file:" + data + "/openras;AUTO_SERVER=TRUE",
                "sa",
                Files.readString(data.resolve("openras.password")).strip());
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM audit_record WHERE sequence = 3");
    }
    out.reset();
    exit = AuditCommand.run(new String[] {dir, FILE_URL, checkpoints}, new PrintStream(out, true));
    assertThat(exit).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Audit chain intact: 2 record(s)")
        .contains("Checkpoint DIVERGES at 000000000003.checkpoint")
        .contains("truncated");
  }
}
