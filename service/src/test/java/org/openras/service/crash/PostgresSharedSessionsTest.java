package org.openras.service.crash;

import java.util.List;
import org.openras.service.postgres.PostgresDatabase;
import org.openras.service.postgres.RequiresPostgres;

/** The shared page sessions drill on PostgreSQL, in a fresh database (dropped afterwards). */
@RequiresPostgres
class PostgresSharedSessionsTest extends SharedSessionsDrill {
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
  void dropDatabase() {
    if (db != null) {
      db.close();
    }
  }
}
