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
 * audit_chain_lock} table. The publication log uses the same kind of lock with its own key and
 * table ({@link #forDatabase(DataSource, long, String)}).
 */
public final class ChainLock {
  /** The advisory lock key: "OpenRAS" in ASCII. */
  static final long ADVISORY_KEY = 0x4f70656e524153L;

  private final String sql;
  private final String tryCondition;

  private ChainLock(String sql, String tryCondition) {
    this.sql = sql;
    this.tryCondition = tryCondition;
  }

  static ChainLock forDatabase(DataSource dataSource) {
    return forDatabase(dataSource, ADVISORY_KEY, "audit_chain_lock");
  }

  /**
   * A lock for another chain: on PostgreSQL the advisory lock {@code advisoryKey}, elsewhere the
   * row lock of the one-row table {@code lockTable} (a constant of the caller, never user input).
   */
  public static ChainLock forDatabase(DataSource dataSource, long advisoryKey, String lockTable) {
    return isPostgres(dataSource)
        ? new ChainLock(
            "SELECT 1 FROM (SELECT pg_advisory_xact_lock(" + advisoryKey + ")) l",
            "pg_try_advisory_xact_lock(" + advisoryKey + ")")
        : new ChainLock("SELECT id FROM " + lockTable + " WHERE id = 1 FOR UPDATE", null);
  }

  /**
   * A condition that takes the lock without waiting, to be held to the transaction's end like
   * {@link #acquire}'s, and is false when another transaction holds it: for a statement that should
   * do nothing rather than wait (PostgreSQL). Null where the database has none (H2): {@link
   * #acquire} first.
   */
  public String tryCondition() {
    return tryCondition;
  }

  /** Waits for the lock; call inside the appending transaction. */
  public void acquire(JdbcClient jdbc) {
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
