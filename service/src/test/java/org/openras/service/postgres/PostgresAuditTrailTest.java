package org.openras.service.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openras.service.Seeds;
import org.openras.service.audit.AuditTrailContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The audit trail on PostgreSQL, in a database of its own: the whole contract, plus the guards only
 * PostgreSQL has: the service's role may only insert and read, and triggers refuse UPDATE, DELETE
 * and TRUNCATE even to the superuser, who must disable them to tamper (which verify then shows).
 */
@RequiresPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo"})
@DirtiesContext
class PostgresAuditTrailTest extends AuditTrailContract {
  static PostgresDatabase db;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    db = PostgresDatabase.create();
    db.properties().forEach((k, v) -> registry.add(k, () -> v));
  }

  @AfterAll
  static void drop() {
    if (db != null) {
      db.close();
    }
  }

  @Override
  protected void asAttacker(String sql) {
    db.asSuperuser(
        "ALTER TABLE audit_record DISABLE TRIGGER USER",
        sql,
        "ALTER TABLE audit_record ENABLE TRIGGER USER");
  }

  /**
   * A record's long texts are stored compressed with LZ4 (V21, docs/adr/0035), and read back byte
   * for byte: the chain verifies (the contract's tests) and the stored result is the answer's.
   */
  @Test
  void theRecordsTextsAreStoredWithLz4() throws SQLException {
    calculate(Seeds.first());
    try (Connection app = db.connect(PostgresDatabase.APP);
        Statement s = app.createStatement()) {
      var stored =
          s.executeQuery(
              "SELECT pg_column_compression(result_json), length(result_json)"
                  + " FROM audit_record ORDER BY sequence DESC LIMIT 1");
      assertThat(stored.next()).isTrue();
      assertThat(stored.getInt(2)).as("long enough to be compressed").isGreaterThan(4000);
      assertThat(stored.getString(1)).isEqualTo("lz4");
    }
  }

  @Test
  void theServicesRoleMayOnlyInsertAndRead() throws SQLException {
    calculate(Seeds.first());
    try (Connection app = db.connect(PostgresDatabase.APP);
        Statement s = app.createStatement()) {
      for (String change :
          List.of(
              "UPDATE audit_record SET actor = 'x'",
              "DELETE FROM audit_record",
              "TRUNCATE audit_record",
              "ALTER TABLE audit_record DISABLE TRIGGER USER",
              "DROP TABLE audit_record")) {
        assertThatThrownBy(() -> s.execute(change)).as(change).isInstanceOf(SQLException.class);
      }
      var grants =
          s.executeQuery(
              "SELECT table_name || ':' || privilege_type FROM information_schema.role_table_grants"
                  + " WHERE grantee = 'openras_app' ORDER BY 1");
      List<String> granted = new ArrayList<>();
      while (grants.next()) {
        granted.add(grants.getString(1));
      }
      assertThat(granted)
          .containsExactly(
              // Agreed budgets (docs/adr/0027): the current state is updated when decided; the
              // steps' index only grows. Their history is the audit trail.
              "agreed_budget:INSERT",
              "agreed_budget:SELECT",
              "agreed_budget:UPDATE",
              "agreed_budget_step:INSERT",
              "agreed_budget_step:SELECT",
              // An assessor's saved drafts, never a calculation nor an audit record until
              // submitted, deleted then or when they expire (docs/adr/0024).
              "assessment_draft:DELETE",
              "assessment_draft:INSERT",
              "assessment_draft:SELECT",
              "assessment_draft:UPDATE",
              "audit_merkle_node:INSERT",
              "audit_merkle_node:SELECT",
              "audit_record:INSERT",
              "audit_record:SELECT",
              // Finance work kept for a retention period and deleted on request or when it runs
              // out (docs/adr/0019): calibration reports, caseloads, jobs and their reports, and
              // db-scheduler's queue. None of it is the audit trail.
              "calibration_report:DELETE",
              "calibration_report:INSERT",
              "calibration_report:SELECT",
              "calibration_report:UPDATE",
              "caseload:DELETE",
              "caseload:INSERT",
              "caseload:SELECT",
              "caseload:UPDATE",
              // Direct-payment statements and decisions: append-only (docs/adr/0029).
              "dp_decision:INSERT",
              "dp_decision:SELECT",
              "dp_statement:INSERT",
              "dp_statement:SELECT",
              "finance_job:DELETE",
              "finance_job:INSERT",
              "finance_job:SELECT",
              "finance_job:UPDATE",
              "finance_job_report:DELETE",
              "finance_job_report:INSERT",
              "finance_job_report:SELECT",
              "finance_job_report:UPDATE",
              // Forecast jobs with their inputs and reports, kept for a retention period and
              // deleted on request or when it runs out (docs/adr/0032). Not the audit trail.
              "forecast_job:DELETE",
              "forecast_job:INSERT",
              "forecast_job:SELECT",
              "forecast_job:UPDATE",
              // Idempotency-Keys, kept 24 hours and purged (docs/adr/0022); not the audit trail.
              "idempotency_key:DELETE",
              "idempotency_key:INSERT",
              "idempotency_key:SELECT",
              "idempotency_key:UPDATE",
              // Registers for the personalisation measures: kept, read, deleted (docs/adr/0030).
              "measure_register:DELETE",
              "measure_register:INSERT",
              "measure_register:SELECT",
              // Four-eyes publishing (docs/adr/0028): decisions and proposals, written once.
              "publication_decision:INSERT",
              "publication_decision:SELECT",
              "publication_entry:INSERT",
              "publication_entry:SELECT",
              "publication_proposal:INSERT",
              "publication_proposal:SELECT",
              "published_content:INSERT",
              "published_content:SELECT",
              "scheduled_tasks:DELETE",
              "scheduled_tasks:INSERT",
              "scheduled_tasks:SELECT",
              "scheduled_tasks:UPDATE",
              // The pages' sessions, shared by every instance (docs/adr/0021).
              "spring_session:DELETE",
              "spring_session:INSERT",
              "spring_session:SELECT",
              "spring_session:UPDATE",
              "spring_session_attributes:DELETE",
              "spring_session_attributes:INSERT",
              "spring_session_attributes:SELECT",
              "spring_session_attributes:UPDATE",
              // Uprating drafts are a policy officer's work in progress, edited and discarded
              // until published (docs/adr/0007); publishing copies them into the log's tables.
              "uprating_draft:DELETE",
              "uprating_draft:INSERT",
              "uprating_draft:SELECT",
              "uprating_draft:UPDATE");
      var owned =
          s.executeQuery(
              "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner"
                  + " WHERE r.rolname = 'openras_app'");
      owned.next();
      assertThat(owned.getInt(1)).isZero();
    }
  }

  @Test
  void triggersRefuseUpdateDeleteAndTruncateEvenToTheSuperuser() {
    calculate(Seeds.first());
    for (String change :
        List.of(
            "UPDATE audit_record SET actor = 'x'",
            "DELETE FROM audit_record",
            "TRUNCATE audit_record")) {
      assertThatThrownBy(() -> db.asSuperuser(change))
          .as(change)
          .rootCause()
          .hasMessageContaining("audit records are append-only");
    }
    assertThat(verify().get("intact").asBoolean()).isTrue();
  }
}
