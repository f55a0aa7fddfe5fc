package org.openras.service.directpayment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.openras.engine.directpayment.DirectPaymentRequest;
import org.openras.engine.json.Json;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * ImportedStatement account statements ({@code dp_statement}, V17) and the decisions on them
 * ({@code dp_decision}): both append-only. Every instance on one database sees the same.
 */
@Repository
@DependsOnDatabaseInitialization
public class StatementTable {
  private final JdbcClient jdbc;
  private final Clock clock;

  StatementTable(DataSource dataSource, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.clock = clock;
  }

  /** One imported statement: an account's period, as the engine reviews it. */
  public record Statement(
      UUID id,
      UUID importId,
      String accountRef,
      LocalDate periodEnd,
      DirectPaymentRequest request,
      OffsetDateTime importedAt,
      String importedBy) {}

  /** One decision on a statement, with the audit record that holds its calculation. */
  public record DirectPaymentDecision(
      UUID id,
      UUID statementId,
      String accountRef,
      LocalDate periodEnd,
      String decision,
      String reason,
      org.openras.engine.money.Money amount,
      UUID auditId,
      OffsetDateTime decidedAt,
      String decidedBy) {}

  /** Adds a statement; empty when the account's period was imported before. */
  Optional<UUID> insert(UUID importId, DirectPaymentRequest r, String by) {
    UUID id = UUID.randomUUID();
    try {
      jdbc.sql(
              "INSERT INTO dp_statement (id, import_id, account_ref, council_ref, period_start,"
                  + " period_end, request_json, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?,"
                  + " ?, ?, ?)")
          .params(
              id,
              importId,
              r.accountRef(),
              r.councilRef(),
              r.periodStart(),
              r.periodEnd(),
              Json.mapper().writeValueAsString(r),
              now(),
              by)
          .update();
      return Optional.of(id);
    } catch (DuplicateKeyException e) {
      return Optional.empty();
    }
  }

  /** Every statement, by account and period. */
  public List<Statement> all() {
    return jdbc.sql("SELECT * FROM dp_statement ORDER BY account_ref, period_end")
        .query(StatementTable::statement)
        .list();
  }

  public Optional<Statement> find(UUID id) {
    return jdbc.sql("SELECT * FROM dp_statement WHERE id = ?")
        .param(id)
        .query(StatementTable::statement)
        .optional();
  }

  void insert(DirectPaymentDecision d) {
    jdbc.sql(
            "INSERT INTO dp_decision (id, statement_id, account_ref, period_end, decision, reason,"
                + " amount, audit_id, decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            d.id(),
            d.statementId(),
            d.accountRef(),
            d.periodEnd(),
            d.decision(),
            d.reason(),
            d.amount().amount(),
            d.auditId(),
            d.decidedAt(),
            d.decidedBy())
        .update();
  }

  /** The decisions on a statement, oldest first: the last one stands. */
  public List<DirectPaymentDecision> decisions(UUID statementId) {
    return jdbc.sql("SELECT * FROM dp_decision WHERE statement_id = ? ORDER BY decided_at, id")
        .param(statementId)
        .query(StatementTable::decision)
        .list();
  }

  OffsetDateTime now() {
    return OffsetDateTime.now(clock)
        .withOffsetSameInstant(ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.MICROS);
  }

  private static Statement statement(ResultSet rs, int row) throws SQLException {
    return new Statement(
        rs.getObject("id", UUID.class),
        rs.getObject("import_id", UUID.class),
        rs.getString("account_ref"),
        rs.getObject("period_end", LocalDate.class),
        Json.mapper().readValue(rs.getString("request_json"), DirectPaymentRequest.class),
        rs.getObject("imported_at", OffsetDateTime.class),
        rs.getString("imported_by"));
  }

  private static DirectPaymentDecision decision(ResultSet rs, int row) throws SQLException {
    return new DirectPaymentDecision(
        rs.getObject("id", UUID.class),
        rs.getObject("statement_id", UUID.class),
        rs.getString("account_ref"),
        rs.getObject("period_end", LocalDate.class),
        rs.getString("decision"),
        rs.getString("reason"),
        org.openras.engine.money.Money.of(rs.getBigDecimal("amount")),
        rs.getObject("audit_id", UUID.class),
        rs.getObject("decided_at", OffsetDateTime.class),
        rs.getString("decided_by"));
  }
}
