package org.openras.service.agreed;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.openras.engine.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The current state of agreed budgets ({@code agreed_budget}) and which audit records are their
 * steps ({@code agreed_budget_step}). The history itself is the audit trail.
 */
@Repository
class AgreedBudgetStore {
  private static final String COLUMNS =
      "id, calculation_id, person_ref, assessment_date, primary_support_reason, status,"
          + " indicative_weekly, ceiling_weekly, agreed_weekly, plan_weekly_cost,"
          + " difference_weekly, reason_code, reason_text, needs_panel, panel_because, starts_on,"
          + " proposed_by, proposer_subject, proposed_at, decided_by, decided_at,"
          + " decision_reasons, last_record_id";

  private final JdbcClient jdbc;
  private final AgreedBudgetSettings settings;

  AgreedBudgetStore(DataSource dataSource, AgreedBudgetSettings settings) {
    this.jdbc = JdbcClient.create(dataSource);
    this.settings = settings;
  }

  /** A state row with the proposer's stable subject (for the four-eyes check). */
  record Row(AgreedBudget budget, String proposerSubject) {}

  void insert(AgreedBudget b, String proposerSubject) {
    jdbc.sql(
            "INSERT INTO agreed_budget ("
                + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        .params(
            b.id(),
            b.calculationId(),
            b.personRef(),
            b.assessmentDate(),
            b.primarySupportReason(),
            b.status().name(),
            b.indicativeWeeklyBudget().amount(),
            b.ceiling() == null ? null : b.ceiling().amount(),
            b.agreedWeeklyBudget().amount(),
            b.supportPlanWeeklyCost().amount(),
            b.difference().amount(),
            b.reasonCode(),
            b.reasonText(),
            b.needsPanel(),
            b.panelBecause(),
            b.startsOn(),
            b.proposedBy(),
            proposerSubject,
            utc(b.proposedAt()),
            b.decidedBy(),
            utc(b.decidedAt()),
            b.decisionReasons(),
            b.lastRecordId())
        .update();
  }

  /** Records a decision or withdrawal; false when the row was no longer awaiting one. */
  boolean decide(AgreedBudget b) {
    return jdbc.sql(
                "UPDATE agreed_budget SET status = ?, decided_by = ?, decided_at = ?,"
                    + " decision_reasons = ?, last_record_id = ? WHERE id = ? AND status = ?")
            .params(
                b.status().name(),
                b.decidedBy(),
                utc(b.decidedAt()),
                b.decisionReasons(),
                b.lastRecordId(),
                b.id(),
                AgreedBudget.Status.AWAITING_PANEL.name())
            .update()
        == 1;
  }

  void step(UUID budget, String step, UUID record) {
    int next =
        jdbc.sql("SELECT COUNT(*) FROM agreed_budget_step WHERE agreed_budget_id = ?")
                .param(budget)
                .query(Integer.class)
                .single()
            + 1;
    jdbc.sql(
            "INSERT INTO agreed_budget_step (agreed_budget_id, step_number, step, record_id)"
                + " VALUES (?,?,?,?)")
        .params(budget, next, step, record)
        .update();
  }

  /** The audit records of a budget's steps, in order. */
  List<UUID> steps(UUID budget) {
    return jdbc.sql(
            "SELECT record_id FROM agreed_budget_step WHERE agreed_budget_id = ?"
                + " ORDER BY step_number")
        .param(budget)
        .query((rs, n) -> rs.getObject(1, UUID.class))
        .list();
  }

  Optional<Row> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM agreed_budget WHERE id = ?")
        .param(id)
        .query(this::row)
        .optional();
  }

  /** The same row, locked until the transaction ends (one decision at a time). */
  Optional<Row> lock(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM agreed_budget WHERE id = ? FOR UPDATE")
        .param(id)
        .query(this::row)
        .optional();
  }

  List<AgreedBudget> withStatus(AgreedBudget.Status status) {
    return jdbc
        .sql("SELECT " + COLUMNS + " FROM agreed_budget WHERE status = ? ORDER BY proposed_at, id")
        .param(status.name())
        .query(this::row)
        .list()
        .stream()
        .map(Row::budget)
        .toList();
  }

  List<AgreedBudget> forCalculation(UUID calculation) {
    return jdbc
        .sql(
            "SELECT "
                + COLUMNS
                + " FROM agreed_budget WHERE calculation_id = ? ORDER BY proposed_at, id")
        .param(calculation)
        .query(this::row)
        .list()
        .stream()
        .map(Row::budget)
        .toList();
  }

  /**
   * Agreed budgets whose agreement was recorded from {@code from} up to, not including, {@code to}.
   */
  List<AgreedBudget> agreedBetween(Instant from, Instant to) {
    return jdbc
        .sql(
            "SELECT "
                + COLUMNS
                + " FROM agreed_budget WHERE status = ? AND decided_at >= ? AND decided_at < ?"
                + " ORDER BY decided_at, id")
        .params(AgreedBudget.Status.AGREED.name(), utc(from), utc(to))
        .query(this::row)
        .list()
        .stream()
        .map(Row::budget)
        .toList();
  }

  List<AgreedBudget> latest(int limit) {
    return jdbc
        .sql(
            "SELECT "
                + COLUMNS
                + " FROM agreed_budget ORDER BY proposed_at DESC, id FETCH FIRST "
                + limit
                + " ROWS ONLY")
        .query(this::row)
        .list()
        .stream()
        .map(Row::budget)
        .toList();
  }

  private Row row(ResultSet rs, int n) throws SQLException {
    String code = rs.getString("reason_code");
    AgreedBudget b =
        new AgreedBudget(
            rs.getObject("id", UUID.class),
            rs.getObject("calculation_id", UUID.class),
            rs.getString("person_ref"),
            rs.getObject("assessment_date", LocalDate.class),
            rs.getString("primary_support_reason"),
            AgreedBudget.Status.valueOf(rs.getString("status")),
            money(rs.getBigDecimal("indicative_weekly")),
            money(rs.getBigDecimal("ceiling_weekly")),
            money(rs.getBigDecimal("agreed_weekly")),
            money(rs.getBigDecimal("plan_weekly_cost")),
            money(rs.getBigDecimal("difference_weekly")),
            code,
            code == null
                ? null
                : settings.reason(code).map(AgreedBudgetSettings.Reason::words).orElse(code),
            rs.getString("reason_text"),
            rs.getBoolean("needs_panel"),
            rs.getString("panel_because"),
            rs.getObject("starts_on", LocalDate.class),
            rs.getString("proposed_by"),
            instant(rs.getObject("proposed_at", OffsetDateTime.class)),
            rs.getString("decided_by"),
            instant(rs.getObject("decided_at", OffsetDateTime.class)),
            rs.getString("decision_reasons"),
            rs.getObject("last_record_id", UUID.class));
    return new Row(b, rs.getString("proposer_subject"));
  }

  private static Money money(BigDecimal amount) {
    return amount == null ? null : Money.of(amount);
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  private static OffsetDateTime utc(Instant t) {
    return t == null ? null : OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
  }
}
