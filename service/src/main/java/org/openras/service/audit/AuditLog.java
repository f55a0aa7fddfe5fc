package org.openras.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit table. It can append a record and read records; there is deliberately no way to change
 * or remove one.
 */
@Repository
public class AuditLog {
  private static final String COLUMNS =
      "sequence, id, recorded_at, actor, role, person_ref, request_json, result_json, rule_sets,"
          + " engine_version, previous_hash, record_hash";
  private static final int FETCH_SIZE = 200;

  private final JdbcClient jdbc;
  private final JdbcTemplate streaming;
  private final TransactionTemplate transaction;
  private final ChainLock lock;
  private final Clock clock;

  AuditLog(DataSource dataSource, PlatformTransactionManager transactions) {
    this.jdbc = JdbcClient.create(dataSource);
    this.streaming = new JdbcTemplate(dataSource);
    this.streaming.setFetchSize(FETCH_SIZE);
    this.transaction = new TransactionTemplate(transactions);
    this.lock = ChainLock.forDatabase(dataSource);
    this.clock = Clock.systemUTC();
  }

  /**
   * Appends a record at the head of the chain, in one transaction that holds the chain lock, and
   * returns it once committed.
   *
   * @throws org.springframework.dao.DataAccessException when it cannot be written
   */
  public AuditEntry append(AuditDraft draft) {
    return transaction.execute(
        status -> {
          lock.acquire(jdbc);
          Optional<Head> head = head();
          AuditEntry entry =
              AuditEntry.chain(
                  draft,
                  head.map(h -> h.sequence() + 1).orElse(1L),
                  clock.instant().truncatedTo(ChronoUnit.MICROS),
                  head.map(Head::hash).orElse(AuditHash.GENESIS));
          insert(entry);
          return entry;
        });
  }

  private void insert(AuditEntry e) {
    jdbc.sql("INSERT INTO audit_record (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
        .params(
            e.sequence(),
            e.id(),
            OffsetDateTime.ofInstant(e.recordedAt(), ZoneOffset.UTC),
            e.actor(),
            e.role(),
            e.personRef(),
            e.request(),
            e.result(),
            e.ruleSets(),
            e.engineVersion(),
            e.previousHash(),
            e.hash())
        .update();
  }

  /** What the next record chains to: the sequence and hash of the last record. */
  private record Head(long sequence, String hash) {}

  /**
   * The chain's head, read while holding the chain lock: its sequence and hash only, not the whole
   * record (the request and result texts are most of a record, and reading them back under the lock
   * made every append wait longer).
   */
  private Optional<Head> head() {
    return jdbc.sql(
            "SELECT sequence, record_hash FROM audit_record"
                + " ORDER BY sequence DESC FETCH FIRST 1 ROW ONLY")
        .query((rs, n) -> new Head(rs.getLong("sequence"), rs.getString("record_hash")))
        .optional();
  }

  public Optional<AuditEntry> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE id = ?")
        .param(id)
        .query(AuditLog::row)
        .optional();
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM audit_record").query(Long.class).single();
  }

  /** Reads every record in chain order, a batch at a time, without holding them all. */
  public void forEach(Consumer<AuditEntry> visitor) {
    streaming.query(
        "SELECT " + COLUMNS + " FROM audit_record ORDER BY sequence",
        (RowCallbackHandler) rs -> visitor.accept(row(rs, 0)));
  }

  private static AuditEntry row(ResultSet rs, int rowNum) throws SQLException {
    return new AuditEntry(
        rs.getLong("sequence"),
        rs.getObject("id", UUID.class),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("role"),
        rs.getString("person_ref"),
        rs.getString("request_json"),
        rs.getString("result_json"),
        rs.getString("rule_sets"),
        rs.getString("engine_version"),
        rs.getString("previous_hash"),
        rs.getString("record_hash"));
  }
}
