package org.openras.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
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
 * batch of drafts and, in <em>one</em> transaction, chains them in the order given with {@link
 * AuditEntry#chain} (records and hashes exactly as one at a time would make them, so verification
 * is unchanged), inserts them as one JDBC batch and commits. Who gathers a batch, and who waits for
 * it, is the {@link AuditWriter}'s job (group commit, docs/adr/0005-audit-group-commit.md); the
 * calculations append through it, never here.
 *
 * <p>Where a batch starts (docs/adr/0036-audit-append-on-the-head-it-wrote.md): each row is
 * inserted only if its predecessor is in the table with the hash it chains to, and the sequence is
 * the primary key, so no row can join the chain except right after a committed one (or one of its
 * own batch), and the committed records are always a prefix without gaps. Every writer holds the
 * chain lock ({@link ChainLock}) while it inserts, so instances never race for a sequence. A batch
 * starts from the head this table itself last committed, without reading the head, its rows taking
 * the lock as they are inserted, without waiting: on PostgreSQL two round trips (the rows, the
 * commit) instead of four. When another instance has written since, holds the lock, or the head was
 * changed behind the service, a row is refused (its sequence taken, its predecessor not there, or
 * the lock not free), the transaction rolls back, and the batch is written again the full way: the
 * chain lock waited for, the head read under it, the rows, the commit.
 */
@Repository
public class AuditLog {
  private static final String CALCULATION_COLUMNS =
      "sequence, id, recorded_at, actor, role, person_ref, request_json, result_json, rule_sets,"
          + " engine_version, previous_hash, record_hash";
  private static final String COLUMNS = CALCULATION_COLUMNS + ", kind";
  private static final String CALCULATION_VALUES =
      "CAST(? AS BIGINT), CAST(? AS UUID), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR),"
          + " CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
          + " CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR)";
  private static final String AFTER_PREDECESSOR =
      " FROM audit_record p WHERE p.sequence = ? AND p.record_hash = ?";

  /**
   * A row, inserted only when its predecessor is in the table with the hash the row chains to (the
   * last two parameters); otherwise no row. A calculation's row is written exactly as before kinds
   * existed, the column's default naming its kind; the casts type the parameters for H2.
   */
  private static final String INSERT_CALCULATION =
      "INSERT INTO audit_record (" + CALCULATION_COLUMNS + ") SELECT " + CALCULATION_VALUES;

  private static final String INSERT =
      "INSERT INTO audit_record ("
          + COLUMNS
          + ") SELECT "
          + CALCULATION_VALUES
          + ", CAST(? AS VARCHAR)";

  /** The very first record, which has no predecessor (a calculation's, and another kind's). */
  private static final String INSERT_FIRST_CALCULATION =
      "INSERT INTO audit_record (" + CALCULATION_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";

  private static final String INSERT_FIRST =
      "INSERT INTO audit_record (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";

  private static final int FETCH_SIZE = 200;

  private final JdbcClient jdbc;
  private final JdbcTemplate template; // reads in batches of FETCH_SIZE, writes batches
  private final TransactionTemplate transaction;
  private final ChainLock lock;

  /** The rows' condition: the predecessor, and the lock's try where the database has one. */
  private final String afterPredecessor;

  private final Clock clock;

  /** The last record this table committed, where the next batch starts; null when unknown. */
  private Head lastCommitted;

  AuditLog(DataSource dataSource, PlatformTransactionManager transactions) {
    this.jdbc = JdbcClient.create(dataSource);
    this.template = new JdbcTemplate(dataSource);
    this.template.setFetchSize(FETCH_SIZE);
    this.transaction = new TransactionTemplate(transactions);
    this.lock = ChainLock.forDatabase(dataSource);
    this.afterPredecessor =
        AFTER_PREDECESSOR + (lock.tryCondition() == null ? "" : " AND " + lock.tryCondition());
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
   * in the same transaction each companion is inserted first, in a savepoint of its own; one whose
   * key is taken withdraws its draft alone (its place in the list answered is {@code null}, and no
   * record is chained for it), the others are chained as if it had not been there (docs/adr/0022).
   */
  List<AuditEntry> append(List<AuditDraft> drafts, List<AuditCompanion> companions) {
    if (companions.size() != drafts.size()) {
      throw new IllegalArgumentException("one companion (or null) per draft");
    }
    Head from = lastWritten();
    if (from != null) {
      try {
        return wrote(
            transaction.execute(status -> chainAndInsert(from, drafts, companions, status)));
      } catch (StaleHeadException | DuplicateKeyException stale) {
        forget(from); // another instance wrote since, holds the lock, or the head was changed
      } catch (RuntimeException e) {
        forget(from); // whether it committed is not known: the full way next time
        throw e;
      }
    }
    return wrote(transaction.execute(status -> chainAndInsert(null, drafts, companions, status)));
  }

  /**
   * The start-up warm-up's rehearsal (docs/adr/0035, 0036): the drafts chained and sent to the
   * database exactly as a batch on its own head would be, but after a head no trail holds (no
   * record has its sequence, and its hash is not a hash), so no row can be inserted, and the
   * transaction is rolled back whatever happens. Returns the records as they would have read;
   * nothing is written, the chain lock is not kept, and the head this table keeps is unchanged.
   *
   * @throws IllegalStateException if a row was inserted after all (rolled back)
   */
  List<AuditEntry> rehearse(List<AuditDraft> drafts) {
    return transaction.execute(
        status -> {
          status.setRollbackOnly();
          List<AuditEntry> entries = chain(REHEARSAL_HEAD, drafts, new boolean[drafts.size()]);
          try {
            insertAfterPredecessors(entries);
          } catch (StaleHeadException expected) {
            return entries; // no row inserted: the rehearsal's outcome
          }
          throw new IllegalStateException("a rehearsal inserted an audit row (rolled back)");
        });
  }

  /** A head no trail holds: the rehearsal's rows find no predecessor. */
  private static final Head REHEARSAL_HEAD = new Head(Long.MAX_VALUE / 2, "r".repeat(64));

  /** Keeps the last record of a committed batch as where the next starts; returns the entries. */
  private List<AuditEntry> wrote(List<AuditEntry> entries) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      AuditEntry last = entries.get(i);
      if (last != null) {
        synchronized (this) {
          if (lastCommitted == null || lastCommitted.sequence() < last.sequence()) {
            lastCommitted = new Head(last.sequence(), last.hash());
          }
        }
        break;
      }
    }
    return entries;
  }

  private synchronized Head lastWritten() {
    return lastCommitted;
  }

  private synchronized void forget(Head stale) {
    if (lastCommitted == stale) {
      lastCommitted = null;
    }
  }

  /** A row whose predecessor was not there: the transaction rolls back. */
  private static final class StaleHeadException extends RuntimeException {
    StaleHeadException() {
      super("the chain's head is not the one this batch starts from", null, false, false);
    }
  }

  /**
   * Writes the companions, chains the drafts kept after {@code from} and inserts them, each row
   * only after its predecessor, holding the chain lock. With {@code from} null, the full way: the
   * lock taken first, waiting for it, and the head read under it. With a head, the rows take the
   * lock themselves, without waiting (on PostgreSQL; on H2 it is taken first, in process), and are
   * refused when another transaction holds it.
   */
  private List<AuditEntry> chainAndInsert(
      Head from,
      List<AuditDraft> drafts,
      List<AuditCompanion> companions,
      TransactionStatus status) {
    if (from == null || lock.tryCondition() == null) {
      lock.acquire(jdbc);
    }
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
    List<AuditEntry> entries = chain(from != null ? from : head().orElse(null), drafts, withdrawn);
    List<AuditEntry> written = entries.stream().filter(e -> e != null).toList();
    if (written.isEmpty()) {
      return entries;
    }
    if (written.get(0).sequence() == 1) {
      AuditEntry first = written.get(0);
      Object[] all = columns(first);
      if (first.isCalculation()) {
        template.update(INSERT_FIRST_CALCULATION, Arrays.copyOf(all, all.length - 1));
      } else {
        template.update(INSERT_FIRST, all);
      }
      written = written.subList(1, written.size());
    }
    insertAfterPredecessors(written);
    return entries;
  }

  /**
   * The drafts chained after {@code head} (null: the trail is empty) in the order given, a
   * withdrawn draft's place null.
   */
  private List<AuditEntry> chain(Head head, List<AuditDraft> drafts, boolean[] withdrawn) {
    long sequence = head == null ? 0L : head.sequence();
    String previous = head == null ? AuditHash.GENESIS : head.hash();
    List<AuditEntry> entries = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      if (withdrawn[i]) {
        entries.add(null);
        continue;
      }
      AuditEntry entry =
          AuditEntry.chain(
              drafts.get(i), ++sequence, clock.instant().truncatedTo(ChronoUnit.MICROS), previous);
      entries.add(entry);
      previous = entry.hash();
    }
    return entries;
  }

  /**
   * Inserts the rows in chain order, each only after its predecessor: one JDBC batch for each run
   * of rows of the same form (a batch of calculations is one). Throws {@link StaleHeadException}
   * when a row was not inserted (the transaction then rolls back).
   */
  private void insertAfterPredecessors(List<AuditEntry> chained) {
    int start = 0;
    while (start < chained.size()) {
      boolean calculations = chained.get(start).isCalculation();
      List<Object[]> rows = new ArrayList<>(chained.size() - start);
      int end = start;
      for (; end < chained.size() && chained.get(end).isCalculation() == calculations; end++) {
        AuditEntry e = chained.get(end);
        Object[] all = columns(e);
        int n = calculations ? all.length - 1 : all.length; // a calculation's kind is the default
        Object[] row = Arrays.copyOf(all, n + 2);
        row[n] = e.sequence() - 1;
        row[n + 1] = e.previousHash();
        rows.add(row);
      }
      String insert = (calculations ? INSERT_CALCULATION : INSERT) + afterPredecessor;
      for (int inserted : template.batchUpdate(insert, rows)) {
        if (inserted == 0) {
          throw new StaleHeadException();
        }
      }
      start = end;
    }
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
