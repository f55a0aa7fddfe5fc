package org.openras.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Group commit (docs/adr/0005): many callers' drafts written by one writer, a batch per
 * transaction, on a fresh H2 database of the service's own migrations. Batches are made
 * deterministic by holding the chain lock from another connection: the writer then waits inside its
 * first batch's transaction while the next drafts queue up behind it.
 */
@Timeout(120)
class GroupCommitTest {
  private JdbcDataSource db;
  private AuditLog log;
  private AuditWriter writer;
  private final ExecutorService callers = Executors.newCachedThreadPool();

  @BeforeEach
  void freshDatabase() {
    db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:group-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000");
    Flyway.configure().dataSource(db).locations("classpath:db/migration/h2").load().migrate();
    log = new AuditLog(db, new JdbcTransactionManager(db));
    writer = new AuditWriter(log);
  }

  @AfterEach
  void stop() throws SQLException {
    callers.shutdownNow();
    writer.close();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
  }

  @Test
  void manyConcurrentAppendsMakeOneContiguousChainHoldingEachReturnedRecordOnce() throws Exception {
    int threads = 8;
    int perThread = 250;
    List<Future<List<AuditEntry>>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      work.add(
          callers.submit(
              () -> {
                List<AuditEntry> mine = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                  mine.add(writer.append(draft("P-" + i)));
                }
                return mine;
              }));
    }
    List<AuditEntry> returned = new ArrayList<>();
    for (Future<List<AuditEntry>> f : work) {
      returned.addAll(f.get());
    }

    int total = threads * perThread;
    assertThat(returned).hasSize(total);
    assertThat(returned.stream().map(AuditEntry::id).distinct()).hasSize(total);
    assertThat(returned.stream().map(AuditEntry::sequence))
        .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
    for (AuditEntry e : returned) {
      assertThat(log.find(e.id())).contains(e);
    }
    assertThat(log.count()).isEqualTo(total);
    ChainVerification verification = new ChainVerifier(log).verify();
    assertThat(verification.intact()).as(verification.toString()).isTrue();
    assertThat(verification.recordsChecked()).isEqualTo(total);
  }

  @Test
  void draftsWaitingTogetherAreWrittenInOneBatchInTheOrderTheyArrived() throws Exception {
    AuditEntry first;
    List<Future<AuditEntry>> batch;
    try (Connection holder = holdChainLock()) {
      Future<AuditEntry> blocker = callers.submit(() -> writer.append(draft("P-first")));
      await(this::writerWaitsForTheLock);
      batch = appendAll(List.of(draft("P-1"), draft("P-2"), draft("P-3"), draft("P-4")));
      holder.commit();
      first = blocker.get();
    }

    assertThat(first.sequence()).isEqualTo(1);
    String previous = first.hash();
    for (int i = 0; i < batch.size(); i++) {
      AuditEntry e = batch.get(i).get();
      assertThat(e.personRef()).isEqualTo("P-" + (i + 1));
      assertThat(e.sequence()).isEqualTo(i + 2);
      assertThat(e.previousHash()).isEqualTo(previous);
      assertThat(log.find(e.id())).contains(e);
      previous = e.hash();
    }
    assertThat(new ChainVerifier(log).verify().intact()).isTrue();
  }

  @Test
  void aBatchWithOneBadDraftFailsEveryCallerInItAndWritesNoneOfIt() throws Exception {
    AuditEntry first;
    List<Future<AuditEntry>> batch;
    List<AuditDraft> drafts =
        List.of(draft("P-1"), draft("P-2"), draft("X".repeat(65)), draft("P-4"), draft("P-5"));
    try (Connection holder = holdChainLock()) {
      Future<AuditEntry> blocker = callers.submit(() -> writer.append(draft("P-first")));
      await(this::writerWaitsForTheLock);
      batch = appendAll(drafts); // person_ref is VARCHAR(64): the third cannot be inserted
      holder.commit();
      first = blocker.get();
    }

    for (Future<AuditEntry> f : batch) {
      assertThatThrownBy(f::get)
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(AuditUnavailableException.class)
          .hasMessage("The audit record could not be written");
    }
    assertThat(log.count()).isEqualTo(1);
    for (AuditDraft d : drafts) {
      assertThat(log.find(d.id())).isEmpty();
    }
    AuditEntry next = writer.append(draft("P-after"));
    assertThat(next.sequence()).isEqualTo(2);
    assertThat(next.previousHash()).isEqualTo(first.hash());
    ChainVerification verification = new ChainVerifier(log).verify();
    assertThat(verification.intact()).as(verification.toString()).isTrue();
    assertThat(verification.recordsChecked()).isEqualTo(2);
  }

  @Test
  void aFailedBatchFailsItsCallersAndTheNextBatchIsWritten() {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE audit_record RENAME TO audit_record_away");
      assertThatThrownBy(() -> writer.append(draft("P-1")))
          .isInstanceOf(AuditUnavailableException.class)
          .hasRootCauseInstanceOf(SQLException.class);
      s.execute("ALTER TABLE audit_record_away RENAME TO audit_record");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    assertThat(writer.append(draft("P-2")).sequence()).isEqualTo(1);
  }

  @Test
  void closingWritesTheDraftsAlreadyWaitingThenRefusesAndEndsTheWriter() throws Exception {
    List<Future<AuditEntry>> waiting;
    Future<?> closing;
    try (Connection holder = holdChainLock()) {
      Future<AuditEntry> blocker = callers.submit(() -> writer.append(draft("P-first")));
      await(this::writerWaitsForTheLock);
      waiting = appendAll(List.of(draft("P-1"), draft("P-2"), draft("P-3")));
      closing = callers.submit(writer::close);
      await(() -> !writer.isOpen());
      assertThatThrownBy(() -> writer.append(draft("P-late")))
          .isInstanceOf(AuditUnavailableException.class)
          .hasMessageContaining("closed");
      holder.commit();
      blocker.get();
    }
    closing.get();

    for (Future<AuditEntry> f : waiting) {
      assertThat(log.find(f.get().id())).contains(f.get());
    }
    assertThat(log.count()).isEqualTo(4);
    assertThat(writer.writer().isAlive()).isFalse();
    assertThatThrownBy(() -> writer.append(draft("P-after")))
        .isInstanceOf(AuditUnavailableException.class);
    assertThat(new ChainVerifier(log).verify().intact()).isTrue();
  }

  /** Starts each append in its own caller thread, one queued after the other, in list order. */
  private List<Future<AuditEntry>> appendAll(List<AuditDraft> drafts) {
    List<Future<AuditEntry>> futures = new ArrayList<>();
    for (AuditDraft d : drafts) {
      Callable<AuditEntry> append = () -> writer.append(d);
      futures.add(callers.submit(append));
      await(() -> writer.waiting() == futures.size());
    }
    return futures;
  }

  /** Takes the chain lock in a transaction of its own; commit (or close) to let it go. */
  private Connection holdChainLock() throws SQLException {
    Connection c = db.getConnection();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.executeQuery("SELECT id FROM audit_chain_lock WHERE id = 1 FOR UPDATE").close();
    }
    return c;
  }

  /** True once another session (the writer, inside its batch's transaction) waits for a lock. */
  private boolean writerWaitsForTheLock() {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        var rs =
            s.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")) {
      rs.next();
      return rs.getInt(1) > 0;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(BooleanSupplier condition) {
    while (!condition.getAsBoolean()) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static AuditDraft draft(String personRef) {
    return new AuditDraft(
        UUID.randomUUID(),
        "assessor",
        "ASSESSOR",
        personRef,
        "{\"personRef\":\"" + personRef + "\"}",
        "{\"weeklyBudget\":\"123.45\"}",
        "[{\"area\":\"ras\",\"version\":\"2025-04-01\",\"hash\":\"" + "a".repeat(64) + "\"}]",
        "test");
  }
}
