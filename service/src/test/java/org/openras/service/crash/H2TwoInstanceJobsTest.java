package org.openras.service.crash;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The two-instance jobs drill on one embedded H2 file shared through H2's {@code AUTO_SERVER} (the
 * first instance to open it serves it to the other, and the other takes over when it dies), each
 * instance with a data folder of its own.
 */
class H2TwoInstanceJobsTest extends TwoInstanceJobsDrill {
  Path shared;

  @Override
  void createDatabase() throws Exception {
    shared = Files.createDirectories(dir.resolve("shared"));
  }

  private String url() {
    return "jdbc:h2:file:" + shared.resolve("openras") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
  }

  @Override
  List<String> databaseArguments() {
    return List.of("--spring.datasource.url=" + url());
  }

  @Override
  Connection connect() throws SQLException {
    try {
      String password =
          Files.readString(shared.resolve("openras.password"), StandardCharsets.UTF_8).strip();
      return DriverManager.getConnection(url(), "sa", password);
    } catch (java.io.IOException e) {
      throw new SQLException(e);
    }
  }

  @Override
  void dropDatabase() {}
}
