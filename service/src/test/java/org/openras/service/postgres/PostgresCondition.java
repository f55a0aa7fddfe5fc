package org.openras.service.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Enables a test class when PostgreSQL answers on 127.0.0.1:5432 as user postgres; otherwise skips
 * it with a message saying so, or, when the environment variable OPENRAS_REQUIRE_POSTGRES is true,
 * fails it.
 */
public class PostgresCondition implements ExecutionCondition {
  static final String REQUIRE = "OPENRAS_REQUIRE_POSTGRES";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String absent = absence();
    if (absent == null) {
      return ConditionEvaluationResult.enabled("PostgreSQL answers on " + PostgresDatabase.HOST);
    }
    if (Boolean.parseBoolean(System.getenv(REQUIRE))) {
      throw new IllegalStateException(
          "PostgreSQL is required (" + REQUIRE + "=true) but " + absent);
    }
    return ConditionEvaluationResult.disabled(
        "PostgreSQL tests skipped: "
            + absent
            + " (set "
            + REQUIRE
            + "=true to make this a failure instead)");
  }

  /** Why PostgreSQL cannot be used, or null when it can. */
  static String absence() {
    DriverManager.setLoginTimeout(5);
    try (Connection c =
        DriverManager.getConnection(PostgresDatabase.ADMIN_URL, PostgresDatabase.SUPERUSER, "")) {
      return c.isValid(5) ? null : "the connection to " + PostgresDatabase.HOST + " is not valid";
    } catch (SQLException e) {
      return "no PostgreSQL answers on "
          + PostgresDatabase.HOST
          + " as user "
          + PostgresDatabase.SUPERUSER
          + " ("
          + e.getMessage()
          + ")";
    }
  }
}
