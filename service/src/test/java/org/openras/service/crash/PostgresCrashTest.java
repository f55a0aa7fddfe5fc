package org.openras.service.crash;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.service.postgres.PostgresDatabase;
import org.openras.service.postgres.RequiresPostgres;

/** The crash drill on PostgreSQL, in a fresh database of its own (dropped afterwards). */
@RequiresPostgres
class PostgresCrashTest {
  @TempDir Path logs;

  @Test
  void aKilledServiceRestartsWithEveryAnsweredCalculationInAnIntactChain() throws Exception {
    try (PostgresDatabase db = PostgresDatabase.create()) {
      CrashDrill.run(logs, List.of(db.arguments()));
    }
  }
}
