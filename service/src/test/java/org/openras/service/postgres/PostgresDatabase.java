package org.openras.service.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one test class, owned by {@code openras_owner} as the set-up
 * script would make it, dropped afterwards. The roles are created if missing (they are cluster-wide
 * and kept).
 */
public final class PostgresDatabase implements AutoCloseable {
  static final String HOST = "127.0.0.1:5432";
  static final String ADMIN_URL = "jdbc:postgresql://" + HOST + "/test?connectTimeout=5";
  static final String SUPERUSER = "postgres";
  public static final String OWNER = "openras_owner";
  public static final String APP = "openras_app";

  private final String name;

  private PostgresDatabase(String name) {
    this.name = name;
  }

  public static PostgresDatabase create() {
    PostgresDatabase db =
        new PostgresDatabase("openras_test_" + UUID.randomUUID().toString().replace("-", ""));
    admin(
        "DO $$ BEGIN CREATE ROLE "
            + OWNER
            + " LOGIN; EXCEPTION WHEN duplicate_object THEN NULL;"
            + " END $$",
        "DO $$ BEGIN CREATE ROLE "
            + APP
            + " LOGIN; EXCEPTION WHEN duplicate_object THEN NULL;"
            + " END $$",
        "CREATE DATABASE " + db.name + " OWNER " + OWNER);
    return db;
  }

  public String url() {
    return "jdbc:postgresql://" + HOST + "/" + name;
  }

  /** The service's configuration for this database: the postgres profile, demo users. */
  public Map<String, String> properties() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("spring.profiles.active", "postgres,demo");
    p.put("spring.datasource.url", url());
    p.put("spring.datasource.username", APP);
    p.put("spring.datasource.password", "");
    p.put("spring.flyway.user", OWNER);
    p.put("spring.flyway.password", "");
    p.put("spring.flyway.placeholders.appRole", APP);
    return p;
  }

  /** The same configuration as command-line arguments. */
  public String[] arguments() {
    return properties().entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }

  /** Runs statements in this database as the superuser, in one transaction. */
  public void asSuperuser(String... sql) {
    run(url(), SUPERUSER, sql);
  }

  public Connection connect(String user) throws SQLException {
    return DriverManager.getConnection(url(), user, "");
  }

  @Override
  public void close() {
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void admin(String... sql) {
    for (String statement : sql) {
      run(ADMIN_URL, SUPERUSER, statement);
    }
  }

  private static void run(String url, String user, String... sql) {
    try (Connection c = DriverManager.getConnection(url, user, "")) {
      c.setAutoCommit(sql.length == 1);
      try (Statement s = c.createStatement()) {
        for (String statement : sql) {
          s.execute(statement);
        }
      }
      if (sql.length > 1) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL refused: " + String.join("; ", sql), e);
    }
  }
}
