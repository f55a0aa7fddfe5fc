package org.openras.service.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** The verifiable log on a fresh H2 database of the service's migrations (no triggers to pass). */
class H2VerifiableLogTest extends VerifiableLogContract {

  @Override
  protected DataSource freshDatabase() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:log-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration/h2").load().migrate();
    return h2;
  }

  @Override
  protected void asAttacker(String... sql) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String statement : sql) {
          s.execute(statement);
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
