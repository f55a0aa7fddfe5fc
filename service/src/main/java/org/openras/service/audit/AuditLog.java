package org.openras.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit table ({@code audit_record}). It can append records and read them; there is
 * deliberately no way to change or remove one.
 *
 * <p>Every record is chained to the one before, so appends are serial: {@link #append} takes a
 * batch of drafts and, in <em>one</em> transaction, takes the chain lock ({@link ChainLock}) once,
 * reads the head once, chains the drafts in the order given with {@link AuditEntry#chain} (records
 * and hashes exactly as one at a time would make them, so verification is unchanged), inserts them
 * as one JDBC batch and commits. Several instances serialise on the chain lock, a batch at a time.
 * Who gathers a batch, and who waits for it, is the {@link AuditWriter}'s job (group commit,
 * docs/adr/0005-audit-group-commit.md); the calculations append through it, never here.
 */
@Repository
public class AuditLog {
  private static final String CALCULATION_COLUMNS =
      "sequence, id, recorded_at, actor, role, person_ref, request_json, result_json, rule_sets,"
          + " engine_version, previous_hash, record_hash";
  private static final String COLUMNS = CALCULATION_COLUMNS + ", kind";

  /** A calculation's row, exactly as before kinds existed: the column's default names its kind. */
  private static final String INSERT_CALCULATION =
      "INSERT INTO audit_record (" + CALCULATION_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";

  private static final String INSERT =
      "INSERT INTO audit_record (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";
  private static final int FETCH_SIZE = 200;

  private final JdbcClient jdbc;
  private final JdbcTemplate template; // reads in batches of FETCH_SIZE, writes batches
  private final TransactionTemplate transaction;
  private final ChainLock lock;
  private final Clock clock;

  AuditLog(DataSource dataSource, PlatformTransactionManager transactions) {
    this.jdbc = JdbcClient.create(dataSource);
    this.template = new JdbcTemplate(dataSource);
    this.template.setFetchSize(FETCH_SIZE);
    this.transaction = new TransactionTemplate(transactions);
    this.lock = ChainLock.forDatabase(dataSource);
    this.clock = Clock.systemUTC();
  }

  /**
   * Appends the drafts at the head of the chain, in the order given, in one transaction that holds
   * the chain lock, and returns their records in the same order once committed. When any part fails
   * none of them is written, the chain is untouched, and Spring's {@code DataAccessException} or
   * {@code TransactionException} says why.
   */
  List<AuditEntry> append(List<AuditDraft> drafts) {
    return append(drafts, Collections.nCopies(drafts.size(), null));
  }

  /**
   * As {@link #append(List)}, each draft with the row to write beside it ({@code null} for none):
   * in the same transaction, under the chain lock, each companion is inserted first, in a savepoint
   * of its own; one whose key is taken withdraws its draft alone (its place in the list answered is
   * {@code null}, and no record is chained for it), the others are chained as if it had not been
   * there (docs/adr/0022).
   */
  List<AuditEntry> append(List<AuditDraft> drafts, List<AuditCompanion> companions) {
    if (companions.size() != drafts.size()) {
      throw new IllegalArgumentException("one companion (or null) per draft");
    }
    return transaction.execute(status -> chainAndInsert(drafts, companions, status));
  }

  /** Under the chain lock: writes the companions, chains the drafts kept, and inserts them. */
  private List<AuditEntry> chainAndInsert(
      List<AuditDraft> drafts, List<AuditCompanion> companions, TransactionStatus status) {
    lock.acquire(jdbc);
    boolean[] withdrawn = new boolean[drafts.size()];
    for (int i = 0; i < drafts.size(); i++) {
      AuditCompanion companion = companions.get(i);
      if (companion != null) {
        Object savepoint = status.createSavepoint();
        try {
          companion.insert(jdbc);
          status.releaseSavepoint(savepoint);
        } catch (DuplicateKeyException taken) {
          status.rollbackToSavepoint(savepoint);
          withdrawn[i] = true;
        }
      }
    }
    Optional<Head> head = head();
    long sequence = head.map(Head::sequence).orElse(0L);
    String previous = head.map(Head::hash).orElse(AuditHash.GENESIS);
    List<AuditEntry> entries = new ArrayList<>(drafts.size());
    List<AuditEntry> written = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      if (withdrawn[i]) {
        entries.add(null);
        continue;
      }
      AuditEntry entry =
          AuditEntry.chain(
              drafts.get(i), ++sequence, clock.instant().truncatedTo(ChronoUnit.MICROS), previous);
      entries.add(entry);
      written.add(entry);
      previous = entry.hash();
    }
    List<Object[]> calculations = new ArrayList<>();
    List<Object[]> others = new ArrayList<>();
    for (AuditEntry e : written) {
      if (e.isCalculation()) {
        Object[] all = columns(e);
        calculations.add(java.util.Arrays.copyOf(all, all.length - 1));
      } else {
        others.add(columns(e));
      }
    }
    if (!calculations.isEmpty()) {
      template.batchUpdate(INSERT_CALCULATION, calculations);
    }
    if (!others.isEmpty()) {
      template.batchUpdate(INSERT, others);
    }
    return entries;
  }

  private static Object[] columns(AuditEntry e) {
    return new Object[] {
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
      e.hash(),
      e.kind()
    };
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

  /** A calculation's record; empty for another kind's record (an agreed budget's step). */
  public Optional<AuditEntry> findCalculation(UUID id) {
    return find(id).filter(AuditEntry::isCalculation);
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM audit_record").query(Long.class).single();
  }

  /** Reads every record in chain order, a batch at a time, without holding them all. */
  public void forEach(Consumer<AuditEntry> visitor) {
    template.query(
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
        rs.getString("record_hash"),
        rs.getString("kind"));
  }
}
