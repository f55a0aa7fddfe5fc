package org.openras.service.postgres;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.openras.service.audit.VerifiableLogContract;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The verifiable log on PostgreSQL, a database of its own per test migrated by the owner role, the
 * service reaching it as its own role (INSERT and SELECT only): the attacker is the superuser, who
 * must disable the triggers on the records and the subtrees to tamper.
 */
@RequiresPostgres
class PostgresVerifiableLogTest extends VerifiableLogContract {
  private PostgresDatabase database;

  @Override
  protected DataSource freshDatabase() {
    database = PostgresDatabase.create();
    Flyway.configure()
        .dataSource(database.url(), PostgresDatabase.OWNER, "")
        .locations("classpath:db/migration/postgresql")
        .placeholders(java.util.Map.of("appRole", PostgresDatabase.APP))
        .load()
        .migrate();
    PGSimpleDataSource app = new PGSimpleDataSource();
    app.setURL(database.url());
    app.setUser(PostgresDatabase.APP);
    app.setPassword("");
    return app;
  }

  @Override
  protected void asAttacker(String... sql) {
    List<String> all = new ArrayList<>();
    all.add("ALTER TABLE audit_record DISABLE TRIGGER USER");
    all.add("ALTER TABLE audit_merkle_node DISABLE TRIGGER USER");
    all.addAll(List.of(sql));
    all.add("ALTER TABLE audit_record ENABLE TRIGGER USER");
    all.add("ALTER TABLE audit_merkle_node ENABLE TRIGGER USER");
    database.asSuperuser(all.toArray(String[]::new));
  }

  @AfterEach
  void drop() {
    if (database != null) {
      database.close();
    }
  }
}
