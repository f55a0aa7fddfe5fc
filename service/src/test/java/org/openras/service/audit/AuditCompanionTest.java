package org.openras.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * A row written with an audit record in the same transaction (docs/adr/0022), on a fresh H2
 * database of the service's migrations: both are committed or neither; a companion whose key is
 * taken withdraws its own draft alone, and the rest of the batch is chained without a gap.
 */
@Timeout(120)
class AuditCompanionTest {
  private JdbcDataSource db;
  private AuditLog log;
  private JdbcClient jdbc;

  @BeforeEach
  void freshDatabase() {
    db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:companion-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(db).locations("classpath:db/migration/h2").load().migrate();
    log = new AuditLog(db, new JdbcTransactionManager(db));
    jdbc = JdbcClient.create(db);
  }

  @AfterEach
  void stop() throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
  }

  private static AuditDraft draft(String person) {
    return new AuditDraft(
        UUID.randomUUID(), "assessor", "ASSESSOR", person, "{}", "{}", "[]", "test");
  }

  /** A key row naming its record, as an Idempotency-Key's is. */
  private static AuditCompanion key(String key, UUID record) {
    return c ->
        c.sql(
                "INSERT INTO idempotency_key (user_ref, idem_key, fingerprint, method, path, state,"
                    + " status, audit_id, created_at, expires_at)"
                    + " VALUES ('assessor', ?, ?, 'POST', '/api/v1/calculations', 'DONE', 200, ?,"
                    + " ?, ?)")
            .params(
                key, "f".repeat(64), record, OffsetDateTime.now(), OffsetDateTime.now().plusDays(1))
            .update();
  }

  private long keys() {
    return jdbc.sql("SELECT COUNT(*) FROM idempotency_key").query(Long.class).single();
  }

  @Test
  void aCompanionWhoseKeyIsTakenWithdrawsItsDraftAloneAndTheChainHasNoGap() {
    AuditDraft first = draft("P-1");
    log.append(List.of(first), List.of(key("k-taken", first.id())));

    AuditDraft a = draft("P-2");
    AuditDraft repeat = draft("P-3");
    AuditDraft b = draft("P-4");
    List<AuditEntry> written =
        log.append(
            List.of(a, repeat, b),
            Arrays.asList(key("k-a", a.id()), key("k-taken", repeat.id()), null));

    assertThat(written.get(0).sequence()).isEqualTo(2);
    assertThat(written.get(1)).isNull();
    assertThat(written.get(2).sequence()).isEqualTo(3);
    assertThat(written.get(2).previousHash()).isEqualTo(written.get(0).hash());
    assertThat(log.count()).isEqualTo(3);
    assertThat(log.find(repeat.id())).isEmpty();
    assertThat(keys()).isEqualTo(2);
    assertThat(
            jdbc.sql("SELECT audit_id FROM idempotency_key WHERE idem_key = 'k-taken'")
                .query(UUID.class)
                .single())
        .isEqualTo(first.id());
  }

  @Test
  void aCompanionThatFailsOtherwiseFailsTheBatchNeitherRecordNorKeyIsWritten() {
    AuditDraft a = draft("P-1");
    AuditDraft b = draft("P-2");
    AuditCompanion broken = c -> c.sql("INSERT INTO no_such_table VALUES (1)").update();

    assertThatThrownBy(() -> log.append(List.of(a, b), Arrays.asList(key("k-a", a.id()), broken)))
        .isInstanceOf(RuntimeException.class);

    assertThat(log.count()).isZero();
    assertThat(keys()).isZero();
  }

  @Test
  void theWriterTellsTheCallerWhoseKeyWasTakenAndRecordsTheOthers() {
    try (AuditWriter writer = new AuditWriter(log)) {
      AuditDraft first = draft("P-1");
      AuditEntry recorded = writer.append(first, key("k", first.id()));
      AuditDraft repeat = draft("P-1");

      assertThatThrownBy(() -> writer.append(repeat, key("k", repeat.id())))
          .isInstanceOf(AuditWithdrawnException.class);

      AuditEntry next = writer.append(draft("P-2"));
      assertThat(next.sequence()).isEqualTo(recorded.sequence() + 1);
      assertThat(next.previousHash()).isEqualTo(recorded.hash());
      assertThat(log.count()).isEqualTo(2);
    }
  }
}
