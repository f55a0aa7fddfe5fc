package org.openras.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.service.audit.merkle.Rfc9162;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Issue 18's case on a database written before the verifiable log: 1,054 records under the
 * migrations of before (V1, V2), then the V10 migration. Their hashes do not change, the first
 * checkpoint covers them all, and from then on a record rewritten with every later hash recomputed
 * (which the chain alone reports intact) is named against it.
 */
class ExistingDatabaseTest {
  @TempDir Path dir;

  @Test
  void anExistingTrailGetsCheckpointsAndARewriteIsThenSeen() throws Exception {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:existing-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration/h2")
        .target(MigrationVersion.fromVersion("2"))
        .load()
        .migrate();
    List<String> before = new ArrayList<>();
    try (AuditWriter old = new AuditWriter(new AuditLog(db, new JdbcTransactionManager(db)))) {
      for (int i = 0; i < 1054; i++) {
        before.add(old.append(VerifiableLogContract.draft("P-" + i)).hash());
      }
    }

    Flyway.configure().dataSource(db).locations("classpath:db/migration/h2").load().migrate();
    CheckpointSettings settings =
        new CheckpointSettings(
            dir.resolve("checkpoints"),
            Duration.ZERO,
            "north-shire.example/audit",
            dir.resolve("key.pem"),
            dir.resolve("key.pub.pem"),
            false);
    CheckpointKey key = new CheckpointKey(settings);
    CheckpointFolder folder = new CheckpointFolder(settings);
    MerkleNodes nodes = new MerkleNodes(db);
    JdbcTransactionManager transactions = new JdbcTransactionManager(db);
    AuditLog log = new AuditLog(db, transactions);
    try (Checkpointer checkpointer =
        new Checkpointer(db, transactions, nodes, folder, key, settings)) {
      ChainVerifier verifier = new ChainVerifier(log, folder, key, nodes);

      CheckpointFolder.Stored first = checkpointer.checkpoint();

      List<String> after = new ArrayList<>();
      log.forEach(e -> after.add(e.hash()));
      assertThat(after).isEqualTo(before);
      assertThat(first.size()).isEqualTo(1054);
      assertThat(VerifiableLogContract.signedRoot(first))
          .isEqualTo(Rfc9162.mth(before.stream().map(HexFormat.of()::parseHex).toList()));
      assertThat(verifier.verify().intact()).isTrue();

      List<AuditEntry> records = new ArrayList<>();
      log.forEach(records::add);
      rewriteAndRehash(db, records, 100);

      ChainVerification v = verifier.verify();
      assertThat(v.firstBroken()).as("the chain alone: intact").isNull();
      assertThat(v.recordsChecked()).isEqualTo(1054);
      assertThat(v.intact()).isFalse();
      assertThat(v.firstDivergence().file()).isEqualTo("000000001054.checkpoint");
    }
  }

  /** Changes record {@code from}'s person reference and recomputes its hash and every later one. */
  private static void rewriteAndRehash(JdbcDataSource db, List<AuditEntry> records, int from)
      throws Exception {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      String previous = records.get(from - 2).hash();
      for (AuditEntry e : records.subList(from - 1, records.size())) {
        String person = e.sequence() == from ? "P-FORGED" : e.personRef();
        AuditEntry placed =
            new AuditEntry(
                e.sequence(),
                e.id(),
                e.recordedAt(),
                e.actor(),
                e.role(),
                person,
                e.request(),
                e.result(),
                e.ruleSets(),
                e.engineVersion(),
                previous,
                null);
        placed = placed.withHash(AuditHash.of(placed));
        s.addBatch(
            "UPDATE audit_record SET person_ref = '"
                + person
                + "', previous_hash = '"
                + previous
                + "', record_hash = '"
                + placed.hash()
                + "' WHERE sequence = "
                + e.sequence());
        previous = placed.hash();
      }
      s.executeBatch();
      c.commit();
    }
  }
}
