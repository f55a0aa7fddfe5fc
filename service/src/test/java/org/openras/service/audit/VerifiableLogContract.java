package org.openras.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openras.service.audit.AuditLogStatements.recording;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openras.service.audit.merkle.Ed25519Keys;
import org.openras.service.audit.merkle.InclusionProof;
import org.openras.service.audit.merkle.Merkle;
import org.openras.service.audit.merkle.ProofCheck;
import org.openras.service.audit.merkle.Rfc9162;
import org.openras.service.audit.merkle.SignedNote;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The audit trail as a verifiable log (docs/adr/0009), on every database: checkpoints over the
 * existing records without changing them, proofs from the stored subtrees that the test's own RFC
 * 9162 accepts, and the attacks of someone who can rewrite the database (rewrite and rehash,
 * truncate, reorder, fork) each named by verification against the signed checkpoints, though the
 * hash chain alone says intact; and checkpoints taken while records are appended.
 */
@Timeout(180)
public abstract class VerifiableLogContract {
  static final String ORIGIN = "north-shire.example/audit";

  @TempDir protected Path dir;
  protected DataSource db;
  protected JdbcTemplate jdbc;
  AuditLog log;
  AuditWriter writer;
  CheckpointSettings settings;
  CheckpointKey key;
  CheckpointFolder folder;
  MerkleNodes nodes;
  Checkpointer checkpointer;
  ChainVerifier verifier;
  LogProofs proofs;

  /** A fresh, migrated database, as the service's role would reach it. */
  protected abstract DataSource freshDatabase();

  /** Runs SQL in one transaction as an attacker with full access (past any trigger). */
  protected abstract void asAttacker(String... sql);

  @BeforeEach
  void start() {
    db = freshDatabase();
    jdbc = new JdbcTemplate(db);
    settings =
        new CheckpointSettings(
            dir.resolve("checkpoints"),
            Duration.ZERO,
            ORIGIN,
            dir.resolve("key.pem"),
            dir.resolve("key.pub.pem"),
            false);
    key = new CheckpointKey(settings);
    folder = new CheckpointFolder(settings);
    nodes = new MerkleNodes(db);
    JdbcTransactionManager transactions = new JdbcTransactionManager(db);
    log = new AuditLog(db, transactions);
    writer = new AuditWriter(log);
    checkpointer = new Checkpointer(db, transactions, nodes, folder, key, settings);
    checkpointer.start();
    verifier = new ChainVerifier(log, folder, key, nodes);
    proofs = new LogProofs(log, nodes, folder, checkpointer);
  }

  @AfterEach
  void stop() {
    checkpointer.close();
    writer.close();
  }

  static AuditDraft draft(String personRef) {
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

  List<AuditEntry> append(int n) {
    List<AuditEntry> added = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      added.add(writer.append(draft("P-" + UUID.randomUUID().toString().substring(0, 8))));
    }
    return added;
  }

  List<AuditEntry> records() {
    List<AuditEntry> all = new ArrayList<>();
    log.forEach(all::add);
    return all;
  }

  static List<byte[]> recordHashes(List<AuditEntry> records) {
    return records.stream().map(e -> HexFormat.of().parseHex(e.hash())).toList();
  }

  /** The root the checkpoint file signs, read with the test's own parsing. */
  static byte[] signedRoot(CheckpointFolder.Stored c) {
    return Base64.getDecoder().decode(c.note().split("\n")[2]);
  }

  @Test
  void existingRecordsGetACheckpointWithoutAnyRecordChanging() throws Exception {
    List<AuditEntry> before = append(30);

    CheckpointFolder.Stored c = checkpointer.checkpoint();

    assertThat(records()).isEqualTo(before);
    assertThat(c.size()).isEqualTo(30);
    assertThat(c.file()).isEqualTo("000000000030.checkpoint");
    assertThat(signedRoot(c)).isEqualTo(Rfc9162.mth(recordHashes(before)));
    assertThat(c.note()).startsWith(ORIGIN + "\n30\n");
    var publicKey = Ed25519Keys.readPublic(settings.publicKey());
    assertThat(SignedNote.open(c.note(), ORIGIN, publicKey)).isNotEmpty();
    assertThat(Files.readString(folder.dir().resolve(c.file()))).isEqualTo(c.note());
    ChainVerification v = verifier.verify();
    assertThat(v.intact()).as(v.toString()).isTrue();
    assertThat(v.checkpointsChecked()).isEqualTo(1);
    assertThat(v.checkpointedSize()).isEqualTo(30);
    // no record added: the same checkpoint, no new file
    assertThat(checkpointer.checkpoint()).isEqualTo(c);
    assertThat(folder.all()).hasSize(1);
  }

  @Test
  void aLongBacklogIsAddedASliceAtATimeAndSignedOnce() {
    List<AuditEntry> records = append(30);
    checkpointer.maxExtend = 7;

    CheckpointFolder.Stored c = checkpointer.checkpoint();

    assertThat(c.size()).isEqualTo(30);
    assertThat(signedRoot(c)).isEqualTo(Rfc9162.mth(recordHashes(records)));
    assertThat(folder.all()).hasSize(1);
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void proofsFromTheStoredSubtreesVerifyWithAnIndependentImplementation() throws Exception {
    append(37);
    CheckpointFolder.Stored first = checkpointer.checkpoint();
    append(12);
    CheckpointFolder.Stored second = checkpointer.checkpoint();
    List<AuditEntry> records = records();
    var publicKey = Ed25519Keys.readPublic(settings.publicKey());

    for (AuditEntry e : records) {
      InclusionProof proof = proofs.prove(e.id()).orElseThrow();
      assertThat(proof.treeSize()).isEqualTo(49);
      List<byte[]> path = proof.auditPath().stream().map(HexFormat.of()::parseHex).toList();
      byte[] leaf = Rfc9162.sha(0, HexFormat.of().parseHex(e.hash()));
      assertThat(Rfc9162.verifyInclusion(e.sequence() - 1, 49, leaf, path, signedRoot(second)))
          .as("record %d", e.sequence())
          .isTrue();
      assertThat(ProofCheck.check(publicKey, proof.checkpoint(), proof).valid()).isTrue();
    }
    List<byte[]> consistency = Merkle.consistencyProof(nodes.subtrees(), 37, 49);
    assertThat(
            Rfc9162.verifyConsistency(37, 49, signedRoot(first), signedRoot(second), consistency))
        .isTrue();
    assertThat(proofs.prove(UUID.randomUUID())).isEmpty();
  }

  @Test
  void aRecordNewerThanTheLatestCheckpointGetsOneTakenForItsProof() {
    append(5);
    checkpointer.checkpoint();
    AuditEntry newer = append(1).get(0);

    InclusionProof proof = proofs.prove(newer.id()).orElseThrow();

    assertThat(proof.treeSize()).isEqualTo(6);
    assertThat(folder.latest().orElseThrow().size()).isEqualTo(6);
  }

  @Test
  void aRecordRewrittenWithEveryLaterHashRecomputedIsNamedByItsCheckpoint() {
    append(20);
    checkpointer.checkpoint();
    append(5);
    checkpointer.checkpoint();
    List<AuditEntry> records = records();
    records.set(7, changed(records.get(7), "P-FORGED"));

    rewriteChainFrom(records, 8);

    ChainVerification v = verifier.verify();
    assertThat(v.firstBroken()).as("the chain alone sees nothing").isNull();
    assertThat(v.intact()).isFalse();
    assertThat(v.firstDivergence().treeSize()).isEqualTo(20);
    assertThat(v.firstDivergence().file()).isEqualTo("000000000020.checkpoint");
    assertThat(v.firstDivergence().problem()).contains("from 1 to 20", "changed");
    assertThatThrownBy(checkpointer::checkpoint).isInstanceOf(CheckpointRefusedException.class);
  }

  @Test
  void aTruncatedLogIsNamedByTheCheckpointItFallsShortOf() {
    append(12);
    checkpointer.checkpoint();

    asAttacker("DELETE FROM audit_record WHERE sequence = 12");

    ChainVerification v = verifier.verify();
    assertThat(v.firstBroken()).isNull();
    assertThat(v.lastSequence()).isEqualTo(11);
    assertThat(v.intact()).isFalse();
    assertThat(v.firstDivergence().treeSize()).isEqualTo(12);
    assertThat(v.firstDivergence().problem()).contains("has 11 records", "truncated");
    assertThatThrownBy(checkpointer::checkpoint)
        .isInstanceOf(CheckpointRefusedException.class)
        .hasMessageContaining("removed");
    // and a new record in its place is not signed either
    append(1);
    assertThatThrownBy(checkpointer::checkpoint).isInstanceOf(CheckpointRefusedException.class);
  }

  @Test
  void reorderedRecordsAreNamedByTheirCheckpoint() {
    append(6);
    checkpointer.checkpoint();
    append(4);
    checkpointer.checkpoint();
    List<AuditEntry> records = records();
    AuditEntry fourth = records.get(3);
    AuditEntry fifth = records.get(4);
    records.set(3, fifth);
    records.set(4, fourth);

    rewriteChainFrom(records, 4);

    ChainVerification v = verifier.verify();
    assertThat(v.firstBroken()).isNull();
    assertThat(v.firstDivergence().treeSize()).isEqualTo(6);
  }

  @Test
  void aForkIsSeenByTheWitnessWhoKeptTheEarlierCheckpoints() throws Exception {
    append(10);
    checkpointer.checkpoint();
    append(6);
    CheckpointFolder.Stored genuine = checkpointer.checkpoint();
    Path witness = dir.resolve("witness");
    Files.createDirectories(witness);
    for (CheckpointFolder.Stored c : folder.all()) {
      Files.writeString(witness.resolve(c.file()), c.note());
    }

    // The database is put back to its state at 10 records (records and subtrees), the newer
    // checkpoint file removed from the service's folder, and different records written after.
    asAttacker(
        "DELETE FROM audit_record WHERE sequence > 10",
        "DELETE FROM audit_merkle_node WHERE tree_level = 0 AND node_index >= 10",
        "DELETE FROM audit_merkle_node WHERE tree_level = 1 AND node_index >= 5",
        "DELETE FROM audit_merkle_node WHERE tree_level = 2 AND node_index >= 2",
        "DELETE FROM audit_merkle_node WHERE tree_level = 3 AND node_index >= 1",
        "DELETE FROM audit_merkle_node WHERE tree_level >= 4");
    Files.delete(folder.dir().resolve(genuine.file()));
    append(6);
    CheckpointFolder.Stored forked = checkpointer.checkpoint();
    assertThat(forked.size()).isEqualTo(16);
    assertThat(forked.note()).isNotEqualTo(genuine.note());
    assertThat(verifier.verify().intact()).as("the service's own folder is consistent").isTrue();

    CheckpointFolder witnessFolder =
        new CheckpointFolder(
            new CheckpointSettings(
                witness,
                Duration.ZERO,
                ORIGIN,
                settings.privateKey(),
                settings.publicKey(),
                false));
    ChainVerification v = new ChainVerifier(log, witnessFolder, key, nodes).verify();
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBroken()).isNull();
    assertThat(v.firstDivergence().treeSize()).isEqualTo(16);
    assertThat(v.firstDivergence().problem()).contains("forked");
    // and the witness refuses the forked checkpoint beside the one it holds
    assertThatThrownBy(() -> witnessFolder.write(16, forked.note()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fork");
  }

  @Test
  void aChangedCheckpointFileIsNamed() throws Exception {
    append(3);
    CheckpointFolder.Stored c = checkpointer.checkpoint();
    Path file = folder.dir().resolve(c.file());
    Files.writeString(file, c.note().replaceFirst("\n3\n", "\n2\n"), StandardCharsets.UTF_8);

    ChainVerification v = verifier.verify();
    assertThat(v.intact()).isFalse();
    assertThat(v.firstDivergence().file()).isEqualTo(c.file());
    assertThat(v.firstDivergence().problem()).contains("does not verify");
  }

  @Test
  void checkpointsTakenWhileRecordsAreAppendedCoverCommittedRecordsOnly() throws Exception {
    int threads = 6;
    int perThread = 80;
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    AtomicBoolean writing = new AtomicBoolean(true);
    try {
      Future<List<CheckpointFolder.Stored>> taking =
          pool.submit(
              () -> {
                List<CheckpointFolder.Stored> taken = new ArrayList<>();
                while (writing.get()) {
                  long committed = log.count();
                  CheckpointFolder.Stored c = checkpointer.checkpoint();
                  assertThat(c.size()).isGreaterThanOrEqualTo(committed);
                  assertThat(c.size()).isLessThanOrEqualTo(log.count());
                  taken.add(c);
                }
                return taken;
              });
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        writers.add(pool.submit(() -> append(perThread)));
      }
      for (Future<?> w : writers) {
        w.get();
      }
      writing.set(false);
      assertThat(taking.get()).isNotEmpty();
    } finally {
      pool.shutdownNow();
    }
    CheckpointFolder.Stored last = checkpointer.checkpoint();

    assertThat(last.size()).isEqualTo(threads * perThread);
    assertThat(signedRoot(last)).isEqualTo(Rfc9162.mth(recordHashes(records())));
    ChainVerification v = verifier.verify();
    assertThat(v.intact()).as(v.toString()).isTrue();
    assertThat(v.checkpointsChecked()).isEqualTo(folder.all().size()).isGreaterThan(1);
  }

  static AuditEntry changed(AuditEntry e, String personRef) {
    return new AuditEntry(
        e.sequence(),
        e.id(),
        e.recordedAt(),
        e.actor(),
        e.role(),
        personRef,
        e.request(),
        e.result(),
        e.ruleSets(),
        e.engineVersion(),
        e.previousHash(),
        e.hash());
  }

  // Where a batch starts (docs/adr/0036): on the head the table last committed, each row only
  // after its predecessor, every writer holding the chain lock.

  @Test
  void aBatchAfterTheFirstStartsOnTheHeadItWroteWithoutReadingIt() {
    List<String> sent = new ArrayList<>();
    DataSource noted = recording(db, sent);
    AuditLog recorded = new AuditLog(noted, new JdbcTransactionManager(noted));
    recorded.append(List.of(draft("P-1")));
    assertThat(sent).anyMatch(AuditLogStatements::readsTheHead);
    sent.clear();

    List<AuditEntry> second = recorded.append(List.of(draft("P-2"), draft("P-3")));

    assertThat(second).extracting(AuditEntry::sequence).containsExactly(2L, 3L);
    assertThat(sent).noneMatch(AuditLogStatements::readsTheHead);
    assertThat(sent)
        .as("the rows (and on H2, in process, the lock first)")
        .hasSizeLessThanOrEqualTo(2)
        .anyMatch(sql -> sql.startsWith("INSERT INTO audit_record"));
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void aBatchAfterAnotherInstanceWroteContinuesFromTheTablesHead() {
    AuditLog other = new AuditLog(db, new JdbcTransactionManager(db));
    AuditEntry first = log.append(List.of(draft("P-1"))).get(0);
    AuditEntry theirs = other.append(List.of(draft("P-2"), draft("P-3"))).get(1);

    AuditEntry ours = log.append(List.of(draft("P-4"))).get(0);
    AuditEntry theirsAgain = other.append(List.of(draft("P-5"))).get(0);

    assertThat(first.sequence()).isEqualTo(1);
    assertThat(ours.sequence()).isEqualTo(4);
    assertThat(ours.previousHash()).isEqualTo(theirs.hash());
    assertThat(theirsAgain.sequence()).isEqualTo(5);
    assertThat(theirsAgain.previousHash()).isEqualTo(ours.hash());
    assertThat(records()).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void aHeadRemovedBehindTheServiceIsNotWrittenAfter() {
    List<AuditEntry> three = append(3);
    asAttacker("DELETE FROM audit_record WHERE sequence = 3");

    AuditEntry next = append(1).get(0);

    assertThat(next.sequence()).as("no gap where the removed record was").isEqualTo(3);
    assertThat(next.previousHash()).isEqualTo(three.get(1).hash());
    assertThat(records()).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aRehearsalSendsTheBatchButWritesNothingAndTheNextAppendIsUnchanged() {
    List<AuditEntry> two = append(2);
    List<String> sent = new ArrayList<>();
    DataSource noted = recording(db, sent);
    AuditWriter rehearsing =
        new AuditWriter(new AuditLog(noted, new JdbcTransactionManager(noted)));
    AuditEntry rehearsed;
    try {
      rehearsed = rehearsing.rehearse(draft("P-rehearsed"));
    } finally {
      rehearsing.close();
    }

    assertThat(sent).anyMatch(sql -> sql.startsWith("INSERT INTO audit_record"));
    assertThat(rehearsing.rehearsed()).isOne();
    assertThat(rehearsed.hash()).isEqualTo(AuditHash.of(rehearsed.withHash(null)));
    assertThat(log.count()).isEqualTo(2);
    assertThat(log.find(rehearsed.id())).isEmpty();
    AuditEntry next = append(1).get(0);
    assertThat(next.sequence()).isEqualTo(3);
    assertThat(next.previousHash()).isEqualTo(two.get(1).hash());
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void aBatchOnItsOwnHeadWaitsWhileAnotherTransactionHoldsTheChainLock() throws Exception {
    append(1);
    ExecutorService appender = Executors.newSingleThreadExecutor();
    try (Connection holder = db.getConnection()) {
      holder.setAutoCommit(false);
      ChainLock.forDatabase(db)
          .acquire(JdbcClient.create(new SingleConnectionDataSource(holder, true)));
      Future<AuditEntry> waiting = appender.submit(() -> writer.append(draft("P-2")));

      Thread.sleep(1_000);
      assertThat(waiting).as("written while another held the lock").isNotDone();
      assertThat(log.count()).isEqualTo(1);
      holder.commit();

      assertThat(waiting.get().sequence()).isEqualTo(2);
    } finally {
      appender.shutdownNow();
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  /**
   * The attacker's rewrite: records from {@code from} on get their place's sequence, the hash of
   * the one before, and a recomputed hash, so the chain alone verifies.
   */
  void rewriteChainFrom(List<AuditEntry> records, long from) {
    List<String> freeIds = new ArrayList<>();
    List<String> rewrite = new ArrayList<>();
    String previous = records.get((int) from - 2).hash();
    long sequence = from;
    for (AuditEntry e : records.subList((int) from - 1, records.size())) {
      AuditEntry placed =
          new AuditEntry(
              sequence,
              e.id(),
              e.recordedAt(),
              e.actor(),
              e.role(),
              e.personRef(),
              e.request(),
              e.result(),
              e.ruleSets(),
              e.engineVersion(),
              previous,
              null);
      placed = placed.withHash(AuditHash.of(placed));
      // Every row's id freed first, so ids can move between rows.
      freeIds.add(
          "UPDATE audit_record SET id = '" + UUID.randomUUID() + "' WHERE sequence = " + sequence);
      rewrite.add(
          "UPDATE audit_record SET id = '"
              + placed.id()
              + "', person_ref = '"
              + placed.personRef()
              + "', request_json = '"
              + placed.request()
              + "', recorded_at = TIMESTAMP WITH TIME ZONE '"
              + placed.recordedAt().toString().replace("T", " ").replace("Z", "+00")
              + "', previous_hash = '"
              + placed.previousHash()
              + "', record_hash = '"
              + placed.hash()
              + "' WHERE sequence = "
              + sequence);
      previous = placed.hash();
      sequence++;
    }
    freeIds.addAll(rewrite);
    asAttacker(freeIds.toArray(String[]::new));
  }
}
