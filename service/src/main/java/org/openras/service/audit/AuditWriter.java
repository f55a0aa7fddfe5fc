package org.openras.service.audit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes audit records by group commit (docs/adr/0005-audit-group-commit.md): callers hand their
 * drafts over and wait; one writer thread per instance ({@code audit-writer}) takes every draft
 * waiting (at most {@value #MAX_BATCH}) and has the {@link AuditLog} append them as one batch, in
 * one transaction; then each caller gets its record. This class holds the queue, the thread and the
 * waiting callers; what a batch is in the database (the chain lock, the head, the chaining, the
 * insert) is the table's job.
 *
 * <p>What does not change: {@link #append} returns only after its record is committed, so an
 * answered calculation is always in the trail. What a failure means: a batch is one transaction, so
 * when any part of it fails (the database is unreachable, a record breaks a column's limit) none of
 * its records is written and <em>every</em> caller in it gets {@link AuditUnavailableException};
 * the chain is untouched and the next batch starts from the same head.
 *
 * <p>At most {@value #QUEUE_CAPACITY} drafts wait; a caller finding the queue full waits up to
 * {@value #QUEUE_WAIT_SECONDS} s for room and is then refused. {@link #close} (on shutdown, before
 * the database pool closes, since this depends on the table and the table on the pool) stops taking
 * drafts, lets the writer write those already waiting, and ends the thread.
 */
@Component
public class AuditWriter implements AutoCloseable {
  /** The most drafts written in one transaction. */
  static final int MAX_BATCH = 256;

  /** The most drafts waiting for the writer; far above the request threads that can wait. */
  static final int QUEUE_CAPACITY = 4 * MAX_BATCH;

  static final long QUEUE_WAIT_SECONDS = 10;
  private static final long POLL_MILLIS = 100;
  private static final long CLOSE_WAIT_SECONDS = 30;

  private final AuditLog table;
  private final AuditMetrics metrics;
  private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
  private final Thread writer;
  private volatile boolean open = true;
  private final AtomicLong rehearsed = new AtomicLong();

  /** A writer whose meters nobody reads (for tests of the table). */
  AuditWriter(AuditLog table) {
    this(table, new AuditMetrics(new SimpleMeterRegistry()));
  }

  @Autowired
  AuditWriter(AuditLog table, AuditMetrics metrics) {
    this.table = table;
    this.metrics = metrics;
    this.writer = new Thread(this::writeUntilClosed, "audit-writer");
    this.writer.setDaemon(true);
    this.writer.start();
  }

  /** A draft handed to the writer, the row to write with it, and where its caller waits. */
  private record Pending(
      AuditDraft draft,
      AuditCompanion companion,
      boolean rehearsal,
      CompletableFuture<AuditEntry> outcome) {}

  /**
   * Appends a record at the head of the chain and returns it once committed (with others waiting at
   * the same moment, in one transaction that holds the chain lock).
   *
   * @throws AuditUnavailableException when it was not written: its batch failed (nothing of the
   *     batch was written), the queue stayed full, or the writer is closed
   */
  public AuditEntry append(AuditDraft draft) {
    return append(draft, null);
  }

  /**
   * As {@link #append(AuditDraft)}, with a row of another table committed in the same transaction
   * ({@code null} for none): both are written, or neither (docs/adr/0022).
   *
   * @throws AuditWithdrawnException when the companion's key was taken: nothing was written for
   *     this draft, and the rest of its batch was written without it
   * @throws AuditUnavailableException as {@link #append(AuditDraft)}
   */
  public AuditEntry append(AuditDraft draft, AuditCompanion companion) {
    return handOver(new Pending(draft, companion, false, new CompletableFuture<>()));
  }

  /**
   * The start-up warm-up's rehearsal of an append (docs/adr/0035, 0036): the draft goes through the
   * queue and the writer thread, is chained and sent to the database as an append would be, in a
   * batch of rehearsals only, and is rolled back with nothing inserted ({@link AuditLog#rehearse}).
   * Returns the record as it would have read. Not counted in the audit meters.
   *
   * @throws AuditUnavailableException as {@link #append(AuditDraft)}
   */
  public AuditEntry rehearse(AuditDraft draft) {
    AuditEntry entry = handOver(new Pending(draft, null, true, new CompletableFuture<>()));
    rehearsed.incrementAndGet();
    return entry;
  }

  /** Drafts rehearsed since start ({@link #rehearse}), none written. */
  public long rehearsed() {
    return rehearsed.get();
  }

  private AuditEntry handOver(Pending pending) {
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
      if (e.getCause() instanceof AuditWithdrawnException withdrawn) {
        throw withdrawn;
      }
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

  /** The rehearsals apart (their own batch), then the appends. */
  private void write(List<Pending> taken) {
    List<Pending> rehearsals = taken.stream().filter(Pending::rehearsal).toList();
    if (rehearsals.isEmpty()) {
      append(taken);
      return;
    }
    rehearse(rehearsals);
    List<Pending> appends = taken.stream().filter(p -> !p.rehearsal()).toList();
    if (!appends.isEmpty()) {
      append(appends);
    }
  }

  private void rehearse(List<Pending> batch) {
    try {
      List<AuditEntry> entries = table.rehearse(batch.stream().map(Pending::draft).toList());
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).outcome().complete(entries.get(i));
      }
    } catch (RuntimeException e) {
      batch.forEach(p -> p.outcome().completeExceptionally(e));
    }
  }

  /** Has the table write one batch and tells each caller; all fail if any part fails. */
  private void append(List<Pending> batch) {
    List<AuditEntry> entries;
    long start = System.nanoTime();
    try {
      entries =
          table.append(
              batch.stream().map(Pending::draft).toList(),
              batch.stream().map(Pending::companion).toList());
    } catch (RuntimeException e) {
      metrics.failed(batch.size());
      batch.forEach(p -> p.outcome().completeExceptionally(e));
      return;
    }
    int written = (int) entries.stream().filter(e -> e != null).count();
    if (written > 0) {
      metrics.committed(written, System.nanoTime() - start);
    }
    for (int i = 0; i < batch.size(); i++) {
      AuditEntry entry = entries.get(i);
      if (entry == null) {
        batch.get(i).outcome().completeExceptionally(new AuditWithdrawnException());
      } else {
        batch.get(i).outcome().complete(entry);
      }
    }
  }
}
