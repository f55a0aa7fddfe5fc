package org.openras.service.crash;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.openras.service.postgres.PostgresDatabase;
import org.openras.service.postgres.RequiresPostgres;

/** The two-instance jobs drill on PostgreSQL, in a fresh database (dropped afterwards). */
@RequiresPostgres
class TwoInstanceJobsTest extends TwoInstanceJobsDrill {
  PostgresDatabase db;

  @Override
  void createDatabase() {
    db = PostgresDatabase.create();
  }

  @Override
  List<String> databaseArguments() {
    return List.of(db.arguments());
  }

  @Override
  Connection connect() throws SQLException {
    return db.connect(PostgresDatabase.OWNER);
  }

  @Override
  void dropDatabase() {
    if (db != null) {
      db.close();
    }
  }
}
