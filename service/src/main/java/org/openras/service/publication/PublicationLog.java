package org.openras.service.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.json.Json;
import org.openras.service.audit.AuditHash;
import org.openras.service.audit.ChainLock;
import org.openras.service.publication.PublicationEntry.Action;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;

/**
 * The publication log and the published versions' files. Entries are appended under a lock held in
 * the database (as the audit trail's, with its own key), so instances sharing a database write one
 * chain; there is deliberately no way to change or remove an entry or a version's files.
 */
@Repository
@DependsOnDatabaseInitialization
public class PublicationLog {
  /** The advisory lock key on PostgreSQL: "OpenPub" in ASCII. */
  static final long ADVISORY_KEY = 0x4f70656e507562L;

  private static final String COLUMNS =
      "sequence, area, version, content_hash, action, effective_from, actor, recorded_at, note,"
          + " approved_by, proposal_id, review_digest, previous_hash, entry_hash";
  private static final TypeReference<TreeMap<String, byte[]>> FILES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final ChainLock lock;
  private final Clock clock;

  PublicationLog(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.transaction = new TransactionTemplate(transactions);
    this.lock = ChainLock.forDatabase(dataSource, ADVISORY_KEY, "publication_chain_lock");
    this.clock = clock;
  }

  /** Every entry, in chain order. */
  public List<PublicationEntry> entries() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM publication_entry ORDER BY sequence")
        .query(PublicationLog::row)
        .list();
  }

  /** A published version's files as stored, and the hash stored beside them. */
  record StoredContent(RuleSetSource source, String contentHash) {}

  Optional<StoredContent> content(String area, String version) {
    return jdbc.sql(
            "SELECT content_hash, files_json FROM published_content WHERE area = ? AND version = ?")
        .params(area, version)
        .query(
            (rs, n) ->
                new StoredContent(
                    new RuleSetSource(
                        area, version, Json.mapper().readValue(rs.getString("files_json"), FILES)),
                    rs.getString("content_hash")))
        .optional();
  }

  /**
   * Runs {@code work} in one transaction holding the log's lock, so what it reads is what it
   * appends to; returns what it returns once committed.
   */
  <T> T locked(Function<Appender, T> work) {
    return transaction.execute(
        status -> {
          lock.acquire(jdbc);
          return work.apply(new Appender());
        });
  }

  /** Reads and appends inside {@link #locked}. */
  final class Appender {
    private List<PublicationEntry> entries;

    List<PublicationEntry> entries() {
      if (entries == null) {
        entries = PublicationLog.this.entries();
      }
      return entries;
    }

    /** Stores a version's files, unless they are stored already. */
    void storeContent(RuleSetSource source, String contentHash) {
      if (content(source.area(), source.folder()).isPresent()) {
        return;
      }
      jdbc.sql(
              "INSERT INTO published_content (area, version, content_hash, files_json)"
                  + " VALUES (?,?,?,?)")
          .params(
              source.area(),
              source.folder(),
              contentHash,
              Json.mapper().writeValueAsString(new TreeMap<>(source.files())))
          .update();
    }

    PublicationEntry append(
        String area,
        String version,
        String contentHash,
        Action action,
        LocalDate effectiveFrom,
        String actor,
        String note) {
      return append(area, version, contentHash, action, effectiveFrom, actor, note, null);
    }

    PublicationEntry append(
        String area,
        String version,
        String contentHash,
        Action action,
        LocalDate effectiveFrom,
        String actor,
        String note,
        PublicationEntry.Approval approval) {
      List<PublicationEntry> all = entries();
      PublicationEntry head = all.isEmpty() ? null : all.get(all.size() - 1);
      PublicationEntry e =
          PublicationEntry.chain(
              head == null ? 1 : head.sequence() + 1,
              area,
              version,
              contentHash,
              action,
              effectiveFrom,
              actor,
              clock.instant().truncatedTo(ChronoUnit.MICROS),
              note == null ? "" : note,
              approval,
              head == null ? AuditHash.GENESIS : head.hash());
      jdbc.sql(
              "INSERT INTO publication_entry ("
                  + COLUMNS
                  + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
          .params(
              e.sequence(),
              e.area(),
              e.version(),
              e.contentHash(),
              e.action().name(),
              e.effectiveFrom(),
              e.actor(),
              OffsetDateTime.ofInstant(e.recordedAt(), ZoneOffset.UTC),
              e.note(),
              e.approvedBy(),
              e.proposalId(),
              e.reviewDigest(),
              e.previousHash(),
              e.hash())
          .update();
      all = new ArrayList<>(all);
      all.add(e);
      entries = all;
      return e;
    }
  }

  private static PublicationEntry row(ResultSet rs, int rowNum) throws SQLException {
    return new PublicationEntry(
        rs.getLong("sequence"),
        rs.getString("area"),
        rs.getString("version"),
        rs.getString("content_hash"),
        Action.valueOf(rs.getString("action")),
        rs.getObject("effective_from", LocalDate.class),
        rs.getString("actor"),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
        rs.getString("note"),
        rs.getString("approved_by"),
        rs.getString("proposal_id"),
        rs.getString("review_digest"),
        rs.getString("previous_hash"),
        rs.getString("entry_hash"));
  }
}
