package org.openras.service.audit;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Serialises appends to the chain in the database, so that any number of threads and service
 * instances sharing one database append one after another. Held until the appending transaction
 * ends. On PostgreSQL a transaction-scoped advisory lock (no table privilege needed, so the
 * service's role keeps INSERT and SELECT only); elsewhere (H2) the row lock of the one-row {@code
 * audit_chain_lock} table.
 */
final class ChainLock {
  /** The advisory lock key: "OpenRAS" in ASCII. */
  static final long ADVISORY_KEY = 0x4f70656e524153L;

  private final String sql;

  private ChainLock(String sql) {
    this.sql = sql;
  }

  static ChainLock forDatabase(DataSource dataSource) {
    return isPostgres(dataSource)
        ? new ChainLock("SELECT 1 FROM (SELECT pg_advisory_xact_lock(" + ADVISORY_KEY + ")) l")
        : new ChainLock("SELECT id FROM audit_chain_lock WHERE id = 1 FOR UPDATE");
  }

  /** Waits for the lock; call inside the appending transaction. */
  void acquire(JdbcClient jdbc) {
    jdbc.sql(sql).query(Integer.class).single();
  }

  private static boolean isPostgres(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the audit database", e);
    }
  }
}
