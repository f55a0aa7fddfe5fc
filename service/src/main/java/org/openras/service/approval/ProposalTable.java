package org.openras.service.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.openras.service.approval.Proposal.Action;
import org.openras.service.approval.Proposal.Decision;
import org.openras.service.approval.Proposal.Outcome;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Proposals and their decisions in the database (Flyway V16): each written once and never changed;
 * a proposal has at most one decision (its primary key), so two officers deciding at once cannot
 * both succeed.
 */
@Repository
@DependsOnDatabaseInitialization
class ProposalTable {
  private static final String SELECT =
      "SELECT p.id, p.area, p.version, p.action, p.content_hash, p.proposed_by, p.proposed_at,"
          + " p.note, p.caseload_id, d.decision, d.decided_by, d.decided_at, d.reason, d.review_digest,"
          + " d.review_json, d.entry_sequence FROM publication_proposal p"
          + " LEFT JOIN publication_decision d ON d.proposal_id = p.id";

  private final JdbcClient jdbc;
  private final Clock clock;

  ProposalTable(DataSource dataSource, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.clock = clock;
  }

  Proposal insert(
      String area,
      String version,
      Action action,
      String hash,
      String by,
      String note,
      String caseloadId) {
    Proposal p =
        new Proposal(
            UUID.randomUUID().toString(),
            area,
            version,
            action,
            hash,
            by,
            now(),
            note == null ? "" : note,
            caseloadId,
            null);
    jdbc.sql(
            "INSERT INTO publication_proposal (id, area, version, action, content_hash,"
                + " proposed_by, proposed_at, note, caseload_id) VALUES (?,?,?,?,?,?,?,?,?)")
        .params(
            p.id(),
            p.area(),
            p.version(),
            p.action().name(),
            p.contentHash(),
            p.proposedBy(),
            OffsetDateTime.ofInstant(p.proposedAt(), ZoneOffset.UTC),
            p.note(),
            p.caseloadId())
        .update();
    return p;
  }

  /**
   * Records a decision; false when the proposal was decided meanwhile (its primary key taken). Run
   * it inside the transaction that writes the log entry, so both are kept or neither.
   */
  boolean decide(String proposalId, Decision d) {
    try {
      jdbc.sql(
              "INSERT INTO publication_decision (proposal_id, decision, decided_by, decided_at,"
                  + " reason, review_digest, review_json, entry_sequence) VALUES"
                  + " (?,?,?,?,?,?,?,?)")
          .params(
              proposalId,
              d.outcome().name(),
              d.decidedBy(),
              OffsetDateTime.ofInstant(d.decidedAt(), ZoneOffset.UTC),
              d.reason() == null ? "" : d.reason(),
              d.reviewDigest(),
              d.reviewJson(),
              d.entrySequence())
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  Optional<Proposal> find(String id) {
    return jdbc.sql(SELECT + " WHERE p.id = ?").params(id).query(ProposalTable::row).optional();
  }

  /** Every proposal, newest first. */
  List<Proposal> all() {
    return jdbc.sql(SELECT + " ORDER BY p.proposed_at DESC, p.id").query(ProposalTable::row).list();
  }

  /** The approved proposal whose entry is {@code sequence}, if any. */
  Optional<Proposal> approvedAs(long sequence) {
    return jdbc.sql(SELECT + " WHERE d.entry_sequence = ?")
        .params(sequence)
        .query(ProposalTable::row)
        .optional();
  }

  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static Proposal row(ResultSet rs, int n) throws SQLException {
    String decision = rs.getString("decision");
    long sequence = rs.getLong("entry_sequence");
    Long entry = rs.wasNull() ? null : sequence;
    return new Proposal(
        rs.getString("id"),
        rs.getString("area"),
        rs.getString("version"),
        Action.valueOf(rs.getString("action")),
        rs.getString("content_hash"),
        rs.getString("proposed_by"),
        rs.getObject("proposed_at", OffsetDateTime.class).toInstant(),
        rs.getString("note"),
        rs.getString("caseload_id"),
        decision == null
            ? null
            : new Decision(
                Outcome.valueOf(decision),
                rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
                rs.getString("reason"),
                rs.getString("review_digest"),
                rs.getString("review_json"),
                entry));
  }
}
