package org.openras.service.audit;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openras.service.audit.merkle.Checkpoint;
import org.openras.service.audit.merkle.Frontier;
import org.openras.service.audit.merkle.Merkle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes signed checkpoints of the audit log (docs/adr/0009-verifiable-audit-log.md): every {@code
 * openras.audit.checkpoint.interval} when records were added, and on demand. Off the request path:
 * appends never hash the tree. A checkpoint, in one transaction under its own lock (so several
 * instances take turns): reads the stored tree's frontier (O(log n) subtrees), checks that it still
 * has the root of the latest checkpoint file, reads the hashes of the records committed since (only
 * committed records are visible; a record is inserted only after its committed predecessor, under
 * the chain lock, so they are a gap-free prefix: docs/adr/0036), checks their sequence and links,
 * extends the tree and stores the new subtrees; then signs origin, size and root and writes the
 * file.
 */
@Service
public class Checkpointer implements AutoCloseable, SmartInitializingSingleton {
  private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);

  /** The advisory lock key: "OpenRASc" in ASCII (the chain's is "OpenRAS"). */
  static final long ADVISORY_KEY = 0x4f70656e524153L * 256 + 'c';

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate transaction;
  private final ChainLock lock;
  private final MerkleNodes nodes;
  private final CheckpointFolder folder;
  private final CheckpointKey key;
  private final CheckpointSettings settings;
  private ScheduledExecutorService timer;

  Checkpointer(
      DataSource dataSource,
      PlatformTransactionManager transactions,
      MerkleNodes nodes,
      CheckpointFolder folder,
      CheckpointKey key,
      CheckpointSettings settings) {
    this.jdbc = JdbcClient.create(dataSource);
    this.template = new JdbcTemplate(dataSource);
    this.template.setFetchSize(1000);
    this.transaction = new TransactionTemplate(transactions);
    this.lock = ChainLock.forDatabase(dataSource, ADVISORY_KEY, "audit_checkpoint_lock");
    this.nodes = nodes;
    this.folder = folder;
    this.key = key;
    this.settings = settings;
  }

  /**
   * Once every other bean is made (so that, under prod, missing users are reported before a missing
   * key): loads the key, which stops the start when it is missing under prod, and starts the
   * periodic writer.
   */
  @Override
  public void afterSingletonsInstantiated() {
    start();
  }

  void start() {
    key.pair();
    long every = settings.interval().toMillis();
    if (every > 0) {
      timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "audit-checkpointer");
                t.setDaemon(true);
                return t;
              });
      timer.scheduleWithFixedDelay(this::periodic, every, every, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  @PreDestroy
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  private void periodic() {
    try {
      if (folder.latest().isEmpty() && head() == 0) {
        return; // nothing recorded yet: nothing to vouch for
      }
      checkpoint();
    } catch (CheckpointRefusedException e) {
      LOG.error("{} Run verify-audit.", e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("No checkpoint this time: {}", e.toString());
    }
  }

  /**
   * Takes a checkpoint of every committed record and returns it, or the latest one when no record
   * was added since.
   *
   * @throws CheckpointRefusedException when the database does not extend the latest checkpoint
   */
  public synchronized CheckpointFolder.Stored checkpoint() {
    Optional<CheckpointFolder.Stored> latest = folder.latest();
    Extended step;
    do { // a long backlog (the first checkpoint of a large trail) a bounded slice at a time
      step = transaction.execute(status -> extend(latest));
    } while (step.more());
    Checkpoint tree = step.tree();
    if (latest.isPresent() && latest.get().size() == tree.size()) {
      return latest.get();
    }
    return folder.write(tree.size(), key.sign(tree));
  }

  /** The most records one transaction adds to the tree (smaller in tests). */
  int maxExtend = 50_000;

  /** The tree after one transaction, and whether records committed before it are still left. */
  private record Extended(Checkpoint tree, boolean more) {}

  /**
   * Under the checkpoint lock: extends the stored tree over (at most {@link #maxExtend} of) the
   * records committed since.
   */
  private Extended extend(Optional<CheckpointFolder.Stored> latest) {
    lock.acquire(jdbc);
    long stored = nodes.size();
    Merkle.Subtrees subtrees = nodes.subtrees();
    latest.ifPresent(l -> checkStoredTree(l, stored, subtrees));
    long head = head();
    if (head < stored) {
      throw new CheckpointRefusedException(
          "the audit table ends at sequence "
              + head
              + " but the log's tree holds "
              + stored
              + " records: records were removed");
    }
    Frontier frontier = nodes.read(t -> Frontier.of(t, stored));
    String previous = stored == 0 ? AuditHash.GENESIS : lastLeafRecordHash(stored, subtrees);
    List<Frontier.Node> added = new ArrayList<>();
    Extension walk = new Extension(frontier, previous, added);
    template.query(
        "SELECT sequence, previous_hash, record_hash FROM audit_record WHERE sequence > ?"
            + " ORDER BY sequence FETCH FIRST "
            + maxExtend
            + " ROWS ONLY",
        (RowCallbackHandler)
            rs ->
                walk.add(
                    rs.getLong("sequence"),
                    rs.getString("previous_hash"),
                    rs.getString("record_hash")),
        stored);
    nodes.insert(added);
    return new Extended(
        new Checkpoint(settings.origin(), frontier.size(), frontier.root()),
        frontier.size() - stored == maxExtend);
  }

  private long head() {
    return jdbc.sql("SELECT COALESCE(MAX(sequence), 0) FROM audit_record")
        .query(Long.class)
        .single();
  }

  /** The stored tree must still give the latest checkpoint's root at its size. */
  private void checkStoredTree(CheckpointFolder.Stored latest, long stored, Merkle.Subtrees tree) {
    if (latest.size() > stored) {
      throw new CheckpointRefusedException(
          "checkpoint "
              + latest.file()
              + " covers "
              + latest.size()
              + " records but the log's tree holds "
              + stored
              + ": records were removed or the database restored from an older copy");
    }
    if (latest.size() == 0) {
      return;
    }
    Checkpoint signed =
        Checkpoint.parse(latest.note().substring(0, latest.note().indexOf("\n\n") + 1));
    if (!Arrays.equals(nodes.read(t -> Merkle.root(t, latest.size())), signed.root())) {
      throw new CheckpointRefusedException(
          "the stored tree no longer has the root of checkpoint " + latest.file());
    }
  }

  /** The record hash of record {@code stored}, checked against its stored leaf. */
  private String lastLeafRecordHash(long stored, Merkle.Subtrees tree) {
    String hash =
        jdbc.sql("SELECT record_hash FROM audit_record WHERE sequence = ?")
            .param(stored)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new CheckpointRefusedException("record " + stored + " is missing"));
    if (!Arrays.equals(Merkle.recordLeaf(hash), tree.perfect(0, stored - 1))) {
      throw new CheckpointRefusedException(
          "record " + stored + " no longer has the hash the log's tree holds for it");
    }
    return hash;
  }

  /** Appends the new records' leaves, checking each follows the one before. */
  private static final class Extension {
    private final Frontier frontier;
    private final List<Frontier.Node> added;
    private String previous;

    Extension(Frontier frontier, String previous, List<Frontier.Node> added) {
      this.frontier = frontier;
      this.previous = previous;
      this.added = added;
    }

    void add(long sequence, String previousHash, String recordHash) {
      if (sequence != frontier.size() + 1) {
        throw new CheckpointRefusedException(
            "expected record " + (frontier.size() + 1) + " but found " + sequence);
      }
      if (!previousHash.equals(previous)) {
        throw new CheckpointRefusedException(
            "record " + sequence + " does not link to the record before it");
      }
      added.addAll(frontier.append(Merkle.recordLeaf(recordHash)));
      previous = recordHash;
    }
  }

  static String hex(byte[] hash) {
    return HexFormat.of().formatHex(hash);
  }
}
