package org.openras.service.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.service.Http;
import org.openras.service.OpenRasApplication;
import org.openras.service.Seeds;
import org.openras.service.audit.AuditCommand;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The H2 file as shipped (issue 18, defect 12): a folder and files only the service's user can
 * read, a generated password (in a 0600 file beside the database, also read by {@code
 * verify-audit}), the empty password refused, the AUTO_SERVER listener on the loopback address
 * only, and a database made before all this given the generated password at its next start.
 */
class H2FileAccessTest {
  @TempDir Path temp;

  private ConfigurableApplicationContext start(Path data) {
    return new SpringApplicationBuilder(OpenRasApplication.class)
        .run(
            "--openras.data.dir=" + data,
            "--spring.datasource.url=" + url(data),
            "--server.port=0");
  }

  private static String url(Path data) {
    return "jdbc:h2:file:" + data + "/openras;AUTO_SERVER=TRUE;WRITE_DELAY=0";
  }

  @Test
  void onlyTheServicesUserCanReachTheDatabase() throws Exception {
    Path data = temp.resolve("data");
    try (ConfigurableApplicationContext service = start(data)) {
      int port = ((WebServerApplicationContext) service).getWebServer().getPort();
      assertThat(new Http(port).postJson(Seeds.first()).statusCode()).isEqualTo(200);

      assertThat(mode(data)).isEqualTo("rwx------");
      for (String file : new String[] {"openras.mv.db", "openras.lock.db", "openras.password"}) {
        assertThat(mode(data.resolve(file))).as(file).isEqualTo("rw-------");
      }
      assertThat(lockServer(data))
          .as("AUTO_SERVER's address")
          .matches("(localhost|127\\.0\\.0\\.1):\\d+");
      assertThatThrownBy(() -> DriverManager.getConnection(url(data), "sa", "").close())
          .isInstanceOf(SQLException.class);

      // verify-audit reads the password beside the database, while the service runs.
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int exit =
          AuditCommand.run(
              new String[] {"--openras.data.dir=" + data, "--spring.datasource.url=" + url(data)},
              new PrintStream(out, true));
      assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
    }
  }

  @Test
  void aDatabaseMadeWithTheEmptyPasswordGetsTheGeneratedOne() throws Exception {
    Path data = temp.resolve("old");
    Files.createDirectories(data);
    try (Connection c = DriverManager.getConnection(url(data), "sa", "")) {
      assertThat(c.isValid(1)).isTrue();
    }
    try (ConfigurableApplicationContext service = start(data)) {
      assertThat(service.isRunning()).isTrue();
    }
    assertThatThrownBy(() -> DriverManager.getConnection(url(data), "sa", "").close())
        .isInstanceOf(SQLException.class);
    String password = Files.readString(data.resolve("openras.password")).strip();
    try (Connection c = DriverManager.getConnection(url(data), "sa", password)) {
      assertThat(c.isValid(1)).isTrue();
    }
  }

  private static String mode(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  private static String lockServer(Path data) throws Exception {
    Properties lock = new Properties();
    try (Reader in = Files.newBufferedReader(data.resolve("openras.lock.db"))) {
      lock.load(in);
    }
    return lock.getProperty("server");
  }
}
