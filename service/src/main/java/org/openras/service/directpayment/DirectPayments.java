package org.openras.service.directpayment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.json.Json;
import org.openras.engine.money.Money;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.result.AccountReview;
import org.openras.seeds.importer.ImportProblem;
import org.openras.seeds.importer.StatementImporter;
import org.openras.seeds.importer.StatementMapping;
import org.openras.service.audit.AuditDraft;
import org.openras.service.audit.AuditEntry;
import org.openras.service.audit.AuditWriter;
import org.openras.service.audit.RecordedRuleSet;
import org.openras.service.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Direct-payment monitoring (docs/adr/0029): imports statements, reviews each with the engine's
 * direct-payments rules, lists the accounts a finance officer must look at, and records decisions.
 * A decision is answered only after its audit record (the decision, the statement and the full
 * calculation with its trace) is committed in the hash-chained trail.
 */
@Service
public class DirectPayments {
  /** The kind of audit record a decision is, in its request JSON ({@code recordKind}). */
  public static final String RECORD_KIND = "direct-payment-decision";

  /** The decisions on a surplus, in the order pages offer them (the API's enum). */
  public static final List<String> DECISIONS = List.of("RECOVER", "WAIVE", "DEFER");

  private static final Logger log = LoggerFactory.getLogger(DirectPayments.class);

  private final OpenRasEngine engine;
  private final StatementTable table;
  private final AuditWriter audit;
  private final Clock clock;

  DirectPayments(OpenRasEngine engine, StatementTable table, AuditWriter audit, Clock clock) {
    this.engine = engine;
    this.table = table;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Imports a CSV export through a column mapping: each good row is kept as a statement, each bad
   * row is listed with its line and column, and an account's period imported before is listed too.
   *
   * @throws InvalidRequestException naming {@code mapping} when the mapping cannot be read, or
   *     {@code csv} when there is no file
   */
  public DirectPaymentViews.StatementImportReport importCsv(
      String csv, String mappingYaml, Authentication actor) {
    List<FieldError> errors = new ArrayList<>();
    StatementMapping mapping = null;
    if (mappingYaml == null || mappingYaml.isBlank()) {
      errors.add(new FieldError("mapping", "give the column mapping (YAML)"));
    } else {
      try {
        mapping = StatementMapping.read(mappingYaml);
      } catch (JacksonException e) {
        errors.add(new FieldError("mapping", "is not a column mapping: " + e.getOriginalMessage()));
      }
    }
    if (csv == null || csv.isBlank()) {
      errors.add(new FieldError("csv", "give the CSV export"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    StatementImporter.Outcome outcome;
    try {
      outcome = new StatementImporter(mapping).run(new StringReader(csv));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidRequestException(
          List.of(new FieldError("csv", "cannot be read as CSV: " + e.getMessage())));
    }
    UUID importId = UUID.randomUUID();
    List<DirectPaymentViews.ImportedStatement> kept = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>(outcome.problems());
    String by = SignedInUser.actor(actor);
    for (StatementImporter.Row row : outcome.taken()) {
      var id = table.insert(importId, row.request(), by);
      if (id.isPresent()) {
        kept.add(
            new DirectPaymentViews.ImportedStatement(
                row.line(), row.request().accountRef(), row.request().periodEnd(), id.get()));
      } else {
        problems.add(
            new ImportProblem(
                row.line(),
                mapping.columns().get("periodEnd"),
                "this account's statement for the period ending "
                    + row.request().periodEnd()
                    + " was imported before"));
      }
    }
    problems.sort(Comparator.comparingLong(ImportProblem::line));
    log.info(
        "Direct-payment import {}: {} rows, {} kept, {} problems",
        importId,
        outcome.rows(),
        kept.size(),
        problems.size());
    return new DirectPaymentViews.StatementImportReport(importId, outcome.rows(), kept, problems);
  }

  /** One statement reviewed by the rules in force on its period's end, with its decisions. */
  public DirectPaymentViews.StatementReview review(UUID id) {
    StatementTable.Statement s = statement(id);
    return new DirectPaymentViews.StatementReview(
        id, engine.reviewAccount(s.request()), table.decisions(id));
  }

  StatementTable.Statement statement(UUID id) {
    return table.find(id).orElseThrow(() -> new DirectPaymentNotFoundException(id));
  }

  /** The finance officers' lists as of today (the service's clock). */
  public DirectPaymentViews.DirectPaymentMonitoring monitoring() {
    LocalDate today = LocalDate.now(clock);
    Map<String, List<StatementTable.Statement>> byAccount = new LinkedHashMap<>();
    for (StatementTable.Statement s : table.all()) {
      byAccount.computeIfAbsent(s.accountRef(), k -> new ArrayList<>()).add(s);
    }
    List<DirectPaymentViews.AccountLine> surplus = new ArrayList<>();
    List<DirectPaymentViews.AccountLine> deceased = new ArrayList<>();
    List<DirectPaymentViews.AccountLine> review = new ArrayList<>();
    List<DirectPaymentViews.AccountLine> returns = new ArrayList<>();
    for (List<StatementTable.Statement> periods : byAccount.values()) {
      DirectPaymentViews.AccountLine line = line(periods);
      if (line.deceased()) {
        deceased.add(line);
      } else if (!line.recoverable().isZero()) {
        surplus.add(line);
      }
      if (line.nextReviewDue() != null && !line.nextReviewDue().isAfter(today)) {
        review.add(line);
      }
      if (line.nextReturnDue() != null && line.nextReturnDue().isBefore(today)) {
        returns.add(line);
      }
    }
    return new DirectPaymentViews.DirectPaymentMonitoring(
        today, surplus, deceased, review, returns);
  }

  /** An account's line from its statements, oldest first: the latest decides it. */
  private DirectPaymentViews.AccountLine line(List<StatementTable.Statement> periods) {
    LocalDate since = null;
    AccountReview latest = null;
    for (StatementTable.Statement s : periods) {
      latest = engine.reviewAccount(s.request());
      boolean recoverable = !latest.directPayments().recoverable().isZero();
      since = recoverable ? (since == null ? s.periodEnd() : since) : null;
    }
    StatementTable.Statement last = periods.get(periods.size() - 1);
    var r = latest.directPayments();
    List<StatementTable.DirectPaymentDecision> decisions = table.decisions(last.id());
    return new DirectPaymentViews.AccountLine(
        last.accountRef(),
        last.id(),
        last.periodEnd(),
        r.deceased(),
        r.recoverable(),
        since,
        r.contributionArrears(),
        r.nextReviewDue(),
        r.nextReturnDue(),
        decisions.isEmpty() ? null : decisions.get(decisions.size() - 1).decision());
  }

  /**
   * Records a finance officer's decision on a statement: the audit record (the decision, the
   * statement, and the calculation with its trace and versions) is committed first, then the
   * decision row naming it.
   *
   * @throws InvalidRequestException naming {@code decision} or {@code reason}
   */
  public StatementTable.DirectPaymentDecision decide(
      UUID id, DirectPaymentViews.DirectPaymentDecisionRequest request, Authentication actor) {
    StatementTable.Statement s = statement(id);
    List<FieldError> errors = new ArrayList<>();
    String decision = request == null ? null : request.decision();
    String reason = request == null || request.reason() == null ? null : request.reason().strip();
    if (decision == null || !DECISIONS.contains(decision)) {
      errors.add(new FieldError("decision", "give one of RECOVER, WAIVE or DEFER"));
    }
    if ("WAIVE".equals(decision) && (reason == null || reason.isEmpty())) {
      errors.add(new FieldError("reason", "give the reason the amount is waived"));
    }
    if (reason != null && reason.length() > 1000) {
      errors.add(new FieldError("reason", "must be at most 1000 characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    AccountReview review = engine.reviewAccount(s.request());
    var json = Json.mapper();
    ObjectNode recorded = json.createObjectNode();
    recorded.put("recordKind", RECORD_KIND);
    recorded.put("statementId", id.toString());
    recorded.put("decision", decision);
    recorded.put("reason", reason == null || reason.isEmpty() ? null : reason);
    recorded.set("statement", json.valueToTree(s.request()));
    AuditEntry entry =
        audit.append(
            new AuditDraft(
                UUID.randomUUID(),
                SignedInUser.actor(actor),
                roles(actor),
                s.accountRef(),
                json.writeValueAsString(recorded),
                json.writeValueAsString(review),
                json.writeValueAsString(
                    review.ruleSets().stream().map(RecordedRuleSet::of).toList()),
                review.engineVersion(),
                org.openras.service.audit.AuditEntry.DIRECT_PAYMENT_DECISION));
    Money amount = review.directPayments().recoverable();
    StatementTable.DirectPaymentDecision d =
        new StatementTable.DirectPaymentDecision(
            UUID.randomUUID(),
            id,
            s.accountRef(),
            s.periodEnd(),
            decision,
            reason == null || reason.isEmpty() ? null : reason,
            amount,
            entry.id(),
            table.now(),
            SignedInUser.actor(actor));
    table.insert(d);
    log.info("Direct-payment decision {} recorded as audit record {}", d.id(), entry.sequence());
    return d;
  }

  private static String roles(Authentication a) {
    return a.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(r -> r != null && r.startsWith("ROLE_"))
        .map(r -> r.substring("ROLE_".length()))
        .sorted()
        .collect(java.util.stream.Collectors.joining(","));
  }
}
