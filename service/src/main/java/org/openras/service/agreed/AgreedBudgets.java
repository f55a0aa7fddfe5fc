package org.openras.service.agreed;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openras.engine.json.Json;
import org.openras.engine.money.Money;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.service.agreed.AgreedBudget.Status;
import org.openras.service.audit.AuditDraft;
import org.openras.service.audit.AuditEntry;
import org.openras.service.audit.AuditLog;
import org.openras.service.audit.AuditWriter;
import org.openras.service.calculation.CalculationNotFoundException;
import org.openras.service.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Proposes, approves, refuses and withdraws agreed budgets (docs/adr/0027). Every step is first
 * appended to the audit trail as a record of kind {@link AuditEntry#AGREED_BUDGET}, chained like a
 * calculation's and committed before anything else changes; then the state row is written. A
 * decision holds the state row's lock from before its record is appended until the row is updated,
 * so two panel members cannot both decide the same proposal.
 *
 * <p>The approval rule ({@link ApprovalRule}): a proposal above the RAS ceiling, or further from
 * the indicative figure than the configured tolerance, waits for a panel member other than the
 * proposer; any other proposal is agreed as proposed, by the assessor.
 */
@Service
@EnableConfigurationProperties(AgreedBudgetSettings.class)
public class AgreedBudgets {
  private static final Logger log = LoggerFactory.getLogger(AgreedBudgets.class);
  static final int MAX_TEXT = 2000;

  /** The largest weekly amount taken (the table holds 12 digits before the point). */
  static final Money MAX_WEEKLY = Money.pounds("999999.99");

  static final String PROPOSED = "proposed";
  static final String APPROVED = "approved";
  static final String REFUSED = "refused";
  static final String WITHDRAWN = "withdrawn";

  private final AuditLog audit;
  private final AuditWriter writer;
  private final AgreedBudgetStore store;
  private final AgreedBudgetSettings settings;
  private final TransactionTemplate transaction;
  private final Clock clock;

  AgreedBudgets(
      AuditLog audit,
      AuditWriter writer,
      AgreedBudgetStore store,
      AgreedBudgetSettings settings,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.audit = audit;
    this.writer = writer;
    this.store = store;
    this.settings = settings;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  public AgreedBudgetSettings settings() {
    return settings;
  }

  /** The indicative figures of a recorded calculation that an agreed budget starts from. */
  public record Indicative(
      UUID calculationId,
      String personRef,
      LocalDate assessmentDate,
      String primarySupportReason,
      Money weeklyBudget,
      Money ceiling,
      String engineVersion) {}

  /**
   * The calculation's indicative weekly budget: the adjusted figure when an adjustments version was
   * in force, otherwise the RAS figure.
   *
   * @throws CalculationNotFoundException when no calculation has this id
   * @throws InvalidRequestException naming calculationId when it gave no RAS figure
   */
  public Indicative indicative(UUID calculationId) {
    AuditEntry entry =
        audit
            .findCalculation(calculationId)
            .orElseThrow(() -> new CalculationNotFoundException(calculationId));
    JsonNode result = Json.mapper().readTree(entry.result());
    JsonNode ras = result.path("ras");
    if (ras.isMissingNode() || ras.isNull() || ras.path("weeklyBudget").isMissingNode()) {
      throw new InvalidRequestException(
          List.of(
              new FieldError(
                  "calculationId",
                  "the calculation gave no indicative budget (no RAS figure), so there is"
                      + " nothing to agree a budget against")));
    }
    JsonNode adjusted = result.path("adjustments");
    Money weekly =
        adjusted.path("inForce").asBoolean(false)
            ? Money.parse(adjusted.path("weeklyBudget").asString())
            : Money.parse(ras.path("weeklyBudget").asString());
    JsonNode ceiling = ras.path("ceiling");
    return new Indicative(
        calculationId,
        entry.personRef(),
        LocalDate.parse(result.path("assessmentDate").asString()),
        ras.path("primarySupportReason").isString()
            ? ras.path("primarySupportReason").asString()
            : null,
        weekly,
        ceiling.isString() ? Money.parse(ceiling.asString()) : null,
        entry.engineVersion());
  }

  /** Proposes an agreed budget; agreed at once within tolerance, else awaiting a panel. */
  public AgreedBudget propose(UUID calculationId, BudgetProposal p, Authentication who) {
    Indicative indicative = indicative(calculationId);
    List<FieldError> errors = new ArrayList<>();
    if (p == null) {
      throw new InvalidRequestException(
          List.of(new FieldError("agreedWeeklyBudget", "is required (pounds a week)")));
    }
    if (p.agreedWeeklyBudget() == null) {
      errors.add(new FieldError("agreedWeeklyBudget", "is required (pounds a week)"));
    } else if (p.agreedWeeklyBudget().isNegative() || p.agreedWeeklyBudget().isZero()) {
      errors.add(new FieldError("agreedWeeklyBudget", "must be a positive weekly amount"));
    }
    if (p.supportPlanWeeklyCost() == null) {
      errors.add(new FieldError("supportPlanWeeklyCost", "is required (pounds a week)"));
    } else if (p.supportPlanWeeklyCost().isNegative()) {
      errors.add(new FieldError("supportPlanWeeklyCost", "must not be negative"));
    }
    for (var amount :
        List.of(
            Map.entry("agreedWeeklyBudget", Optional.ofNullable(p.agreedWeeklyBudget())),
            Map.entry("supportPlanWeeklyCost", Optional.ofNullable(p.supportPlanWeeklyCost())))) {
      if (amount.getValue().map(m -> m.isGreaterThan(MAX_WEEKLY)).orElse(false)) {
        errors.add(new FieldError(amount.getKey(), "must be at most £" + MAX_WEEKLY + " a week"));
      }
    }
    boolean differs =
        p.agreedWeeklyBudget() != null && !p.agreedWeeklyBudget().equals(indicative.weeklyBudget());
    AgreedBudgetSettings.Reason reason = null;
    if (p.reasonCode() != null && !p.reasonCode().isBlank()) {
      reason = settings.reason(p.reasonCode()).orElse(null);
      if (reason == null) {
        errors.add(new FieldError("reasonCode", "must be one of " + codes()));
      }
    } else if (differs) {
      errors.add(
          new FieldError(
              "reasonCode",
              "is required: the agreed budget differs from the indicative £"
                  + indicative.weeklyBudget()
                  + "; give one of "
                  + codes()));
    }
    text(errors, "reasonText", p.reasonText());
    LocalDate startsOn = p.startsOn() == null ? LocalDate.now(clock) : p.startsOn();
    if (startsOn.isBefore(indicative.assessmentDate())) {
      errors.add(
          new FieldError(
              "startsOn", "must not be before the assessment date " + indicative.assessmentDate()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    List<String> because =
        ApprovalRule.panelNeededBecause(
            indicative.weeklyBudget(), indicative.ceiling(), p.agreedWeeklyBudget(), settings);
    boolean panel = !because.isEmpty();
    Instant now = now();
    UUID id = UUID.randomUUID();
    UUID record = UUID.randomUUID();
    String actor = SignedInUser.actor(who);
    AgreedBudget budget =
        new AgreedBudget(
            id,
            calculationId,
            indicative.personRef(),
            indicative.assessmentDate(),
            indicative.primarySupportReason(),
            panel ? Status.AWAITING_PANEL : Status.AGREED,
            indicative.weeklyBudget(),
            indicative.ceiling(),
            p.agreedWeeklyBudget(),
            p.supportPlanWeeklyCost(),
            ApprovalRule.difference(indicative.weeklyBudget(), p.agreedWeeklyBudget()),
            reason == null ? null : reason.code(),
            reason == null ? null : reason.words(),
            blankToNull(p.reasonText()),
            panel,
            panel ? String.join("; ", because) : null,
            startsOn,
            actor,
            now,
            panel ? null : actor,
            panel ? null : now,
            panel
                ? null
                : "Within tolerance (not above the ceiling, and within "
                    + tolerance()
                    + " of the indicative figure): agreed as proposed",
            record);
    Map<String, Object> step = step(PROPOSED, budget);
    step.put("proposal", p);
    step.put("calculationRecordHash", audit.findCalculation(calculationId).get().hash());
    append(record, who, budget, step, indicative.engineVersion());
    transaction.executeWithoutResult(
        s -> {
          store.insert(budget, who.getName());
          store.step(id, PROPOSED, record);
        });
    log.info("Agreed budget {} proposed ({}), audit record {}", id, budget.status(), record);
    return budget;
  }

  /** A panel member approves a proposal that awaits one; never its own proposer. */
  public AgreedBudget approve(UUID id, BudgetDecision d, Authentication who) {
    return decide(id, d, who, APPROVED, Status.AGREED, false);
  }

  /** A panel member refuses a proposal, with reasons; never its own proposer. */
  public AgreedBudget refuse(UUID id, BudgetDecision d, Authentication who) {
    return decide(id, d, who, REFUSED, Status.REFUSED, true);
  }

  /** The proposer withdraws their proposal before a decision, with reasons. */
  public AgreedBudget withdraw(UUID id, BudgetDecision d, Authentication who) {
    return decide(id, d, who, WITHDRAWN, Status.WITHDRAWN, true);
  }

  private AgreedBudget decide(
      UUID id,
      BudgetDecision d,
      Authentication who,
      String stepName,
      Status to,
      boolean reasonsNeeded) {
    String reasons = d == null ? null : blankToNull(d.reasons());
    List<FieldError> errors = new ArrayList<>();
    if (reasonsNeeded && reasons == null) {
      errors.add(new FieldError("reasons", "are required: say why"));
    }
    text(errors, "reasons", reasons);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return transaction.execute(
        s -> {
          AgreedBudgetStore.Row row =
              store.lock(id).orElseThrow(() -> new AgreedBudgetNotFoundException(id));
          AgreedBudget now = row.budget();
          boolean own = row.proposerSubject().equals(who.getName());
          if (now.status() != Status.AWAITING_PANEL) {
            throw new AgreedBudgetConflictException(
                id,
                now.status(),
                false,
                "The agreed budget is "
                    + now.status()
                    + ": only one awaiting a panel can be "
                    + stepName);
          }
          if (WITHDRAWN.equals(stepName) && !own) {
            throw new AgreedBudgetConflictException(
                id, now.status(), true, "Only its proposer may withdraw a proposal");
          }
          if (!WITHDRAWN.equals(stepName) && own) {
            throw new AgreedBudgetConflictException(
                id,
                now.status(),
                true,
                "You proposed this agreed budget: a panel member other than the proposer must"
                    + " decide it");
          }
          UUID record = UUID.randomUUID();
          AgreedBudget after = now.decided(to, SignedInUser.actor(who), now(), reasons, record);
          Map<String, Object> step = step(stepName, after);
          step.put("reasons", reasons);
          append(record, who, after, step, null);
          if (!store.decide(after)) {
            throw new IllegalStateException("agreed budget " + id + " changed under its lock");
          }
          store.step(id, stepName, record);
          log.info("Agreed budget {} {}, audit record {}", id, stepName, record);
          return after;
        });
  }

  /**
   * The weekly figure of an agreed budget for a reassessment of the same person, to feed
   * transitional protection (the adjustments area's {@code previousWeeklyBudget}). Only an AGREED
   * budget of the same person will do; the field named in a refusal is {@code
   * previousAgreedBudgetId}.
   */
  public Money previousWeekly(UUID id, String personRef) {
    String field = "previousAgreedBudgetId";
    AgreedBudget b =
        store
            .find(id)
            .map(AgreedBudgetStore.Row::budget)
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        List.of(new FieldError(field, "no agreed budget has this id"))));
    if (b.status() != Status.AGREED) {
      throw new InvalidRequestException(
          List.of(new FieldError(field, "is " + b.status() + ", not AGREED")));
    }
    if (!b.personRef().equals(personRef)) {
      throw new InvalidRequestException(
          List.of(new FieldError(field, "is another person's agreed budget")));
    }
    return b.agreedWeeklyBudget();
  }

  public AgreedBudget find(UUID id) {
    return store
        .find(id)
        .map(AgreedBudgetStore.Row::budget)
        .orElseThrow(() -> new AgreedBudgetNotFoundException(id));
  }

  /** Proposals waiting for a panel member, oldest first. */
  public List<AgreedBudget> awaitingPanel() {
    return store.withStatus(Status.AWAITING_PANEL);
  }

  public List<AgreedBudget> withStatus(Status status) {
    return store.withStatus(status);
  }

  public List<AgreedBudget> forCalculation(UUID calculationId) {
    return store.forCalculation(calculationId);
  }

  public List<AgreedBudget> latest(int limit) {
    return store.latest(limit);
  }

  /** Budgets agreed from {@code from} to {@code to} inclusive (UTC days), oldest first. */
  public List<AgreedBudget> agreedBetween(LocalDate from, LocalDate to) {
    return store.agreedBetween(
        from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
        to.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
  }

  /** The recorded request of a budget's calculation, as canonical JSON. */
  public String calculationRequest(AgreedBudget b) {
    return audit.findCalculation(b.calculationId()).orElseThrow().request();
  }

  /** The audit records of an agreed budget's steps, in order, as stored. */
  public List<AuditEntry> chain(UUID id) {
    find(id);
    return store.steps(id).stream().map(r -> audit.find(r).orElseThrow()).toList();
  }

  private void append(
      UUID record, Authentication who, AgreedBudget budget, Map<String, Object> step, String ev) {
    var json = Json.mapper();
    writer.append(
        new AuditDraft(
            record,
            SignedInUser.actor(who),
            roles(who),
            budget.personRef(),
            json.writeValueAsString(step),
            json.writeValueAsString(budget),
            "[]",
            ev == null ? engineVersionOf(budget) : ev,
            AuditEntry.AGREED_BUDGET));
  }

  private String engineVersionOf(AgreedBudget b) {
    return audit.findCalculation(b.calculationId()).map(AuditEntry::engineVersion).orElse("");
  }

  private static Map<String, Object> step(String name, AgreedBudget b) {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("step", name);
    step.put("agreedBudgetId", b.id());
    step.put("calculationId", b.calculationId());
    return step;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private String codes() {
    return String.join(
        ", ", settings.reasons().stream().map(AgreedBudgetSettings.Reason::code).toList());
  }

  private String tolerance() {
    String t = settings.tolerancePercent().stripTrailingZeros().toPlainString() + "%";
    return settings.toleranceAmount() == null
        ? t
        : t + " and £" + settings.toleranceAmount().toPlainString();
  }

  private static void text(List<FieldError> errors, String field, String text) {
    if (text != null && text.length() > MAX_TEXT) {
      errors.add(new FieldError(field, "must be at most " + MAX_TEXT + " characters"));
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String roles(Authentication a) {
    return String.join(
        ",",
        a.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(r -> r != null && r.startsWith("ROLE_"))
            .map(r -> r.substring(5))
            .sorted()
            .toList());
  }
}
