package org.openras.service.audit;

import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
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
 *
 * <p><b>Group commit</b> (docs/adr/0005-audit-group-commit.md). Every record is chained to the one
 * before, so appends are serial: under the chain lock ({@link ChainLock}) a writer reads the head,
 * chains, inserts and commits. One transaction per record held that lock about 2 ms, which capped
 * the service near 500 records a second and queued every request behind it. So one writer thread
 * per instance ({@code audit-writer}) does the appending: {@link #append} hands the draft over and
 * waits, and the writer takes every draft waiting (at most {@value #MAX_BATCH}), and in
 * <em>one</em> transaction takes the chain lock once, reads the head once, chains the drafts in the
 * order they arrived with {@link AuditEntry#chain} (records and hashes exactly as one at a time
 * would make them, so verification is unchanged), inserts them as one JDBC batch and commits; then
 * each caller gets its record. Several instances still serialise on the chain lock, a batch at a
 * time.
 *
 * <p>What does not change: {@link #append} returns only after its record is committed, so an
 * answered calculation is always in the trail. What a failure means: a batch is one transaction, so
 * when any part of it fails (the database is unreachable, a record breaks a column's limit) none of
 * its records is written and <em>every</em> caller in it gets {@link AuditUnavailableException};
 * the chain is untouched and the next batch starts from the same head.
 *
 * <p>At most {@value #QUEUE_CAPACITY} drafts wait; a caller finding the queue full waits up to
 * {@value #QUEUE_WAIT_SECONDS} s for room and is then refused. {@link #close} (on shutdown) stops
 * taking drafts, lets the writer write those already waiting, and ends the thread.
 */
@Repository
public class AuditLog implements AutoCloseable {
  private static final String COLUMNS =
      "sequence, id, recorded_at, actor, role, person_ref, request_json, result_json, rule_sets,"
          + " engine_version, previous_hash, record_hash";
  private static final String INSERT =
      "INSERT INTO audit_record (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
  private static final int FETCH_SIZE = 200;

  /** The most drafts written in one transaction. */
  static final int MAX_BATCH = 256;

  /** The most drafts waiting for the writer; far above the request threads that can wait. */
  static final int QUEUE_CAPACITY = 4 * MAX_BATCH;

  static final long QUEUE_WAIT_SECONDS = 10;
  private static final long POLL_MILLIS = 100;
  private static final long CLOSE_WAIT_SECONDS = 30;

  private final JdbcClient jdbc;
  private final JdbcTemplate template; // reads in batches of FETCH_SIZE, writes batches
  private final TransactionTemplate transaction;
  private final ChainLock lock;
  private final Clock clock;
  private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
  private final Thread writer;
  private volatile boolean open = true;

  AuditLog(DataSource dataSource, PlatformTransactionManager transactions) {
    this.jdbc = JdbcClient.create(dataSource);
    this.template = new JdbcTemplate(dataSource);
    this.template.setFetchSize(FETCH_SIZE);
    this.transaction = new TransactionTemplate(transactions);
    this.lock = ChainLock.forDatabase(dataSource);
    this.clock = Clock.systemUTC();
    this.writer = new Thread(this::writeUntilClosed, "audit-writer");
    this.writer.setDaemon(true);
    this.writer.start();
  }

  /** A draft handed to the writer, and where its caller waits for the outcome. */
  private record Pending(AuditDraft draft, CompletableFuture<AuditEntry> outcome) {}

  /**
   * Appends a record at the head of the chain and returns it once committed (with others waiting at
   * the same moment, in one transaction that holds the chain lock).
   *
   * @throws AuditUnavailableException when it was not written: its batch failed (nothing of the
   *     batch was written), the queue stayed full, or the log is closed
   */
  public AuditEntry append(AuditDraft draft) {
    Pending pending = new Pending(draft, new CompletableFuture<>());
    try {
      if (!open || !queue.offer(pending, QUEUE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new AuditUnavailableException(open ? "the audit queue is full" : "closed");
      }
      // Closed while handing over, after the writer's last look at the queue: take it back.
      if (!open && queue.remove(pending)) {
        throw new AuditUnavailableException("closed");
      }
      return pending.outcome().get();
    } catch (ExecutionException e) {
      throw new AuditUnavailableException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AuditUnavailableException(e);
    }
  }

  /**
   * Stops taking drafts, lets the writer write those already waiting, and waits for it to end.
   * Called by Spring on shutdown, before the database pool closes.
   */
  @Override
  @PreDestroy
  public void close() {
    open = false;
    try {
      writer.join(TimeUnit.SECONDS.toMillis(CLOSE_WAIT_SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether drafts are taken (for tests). */
  boolean isOpen() {
    return open;
  }

  /** Drafts waiting for the writer (for tests). */
  int waiting() {
    return queue.size();
  }

  /** The writer thread (for tests). */
  Thread writer() {
    return writer;
  }

  private void writeUntilClosed() {
    List<Pending> batch = new ArrayList<>(MAX_BATCH);
    try {
      while (open || !queue.isEmpty()) {
        Pending first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (first != null) {
          batch.add(first);
          queue.drainTo(batch, MAX_BATCH - 1);
          write(batch);
          batch.clear();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      // Only if the writer stops early (interrupted, or an Error): no caller may wait for ever.
      open = false;
      queue.drainTo(batch);
      AuditUnavailableException stopped = new AuditUnavailableException("the writer stopped");
      batch.forEach(p -> p.outcome().completeExceptionally(stopped));
    }
  }

  /** Writes one batch in one transaction and tells each caller; all fail if any part fails. */
  private void write(List<Pending> batch) {
    List<AuditEntry> entries;
    try {
      entries = transaction.execute(status -> chainAndInsert(batch));
    } catch (RuntimeException e) {
      batch.forEach(p -> p.outcome().completeExceptionally(e));
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).outcome().complete(entries.get(i));
    }
  }

  /** Under the chain lock: chains the batch's drafts after the head, in order, and inserts them. */
  private List<AuditEntry> chainAndInsert(List<Pending> batch) {
    lock.acquire(jdbc);
    Optional<Head> head = head();
    long sequence = head.map(Head::sequence).orElse(0L);
    String previous = head.map(Head::hash).orElse(AuditHash.GENESIS);
    List<AuditEntry> entries = new ArrayList<>(batch.size());
    for (Pending p : batch) {
      AuditEntry entry =
          AuditEntry.chain(
              p.draft(), ++sequence, clock.instant().truncatedTo(ChronoUnit.MICROS), previous);
      entries.add(entry);
      previous = entry.hash();
    }
    template.batchUpdate(INSERT, entries.stream().map(AuditLog::columns).toList());
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
      e.hash()
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
        rs.getString("record_hash"));
  }
}
