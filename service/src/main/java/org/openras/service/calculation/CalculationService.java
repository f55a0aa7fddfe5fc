package org.openras.service.calculation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.json.Json;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.result.CalculationResult;
import org.openras.service.agreed.AgreedBudgets;
import org.openras.service.audit.AuditDraft;
import org.openras.service.audit.AuditEntry;
import org.openras.service.audit.AuditHash;
import org.openras.service.audit.AuditWriter;
import org.openras.service.audit.RecordedRuleSet;
import org.openras.service.idempotency.IdempotencyClaim;
import org.openras.service.metrics.CalculationMetrics;
import org.openras.service.security.SignedInUser;
import org.openras.service.security.WarmUpCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;

/**
 * One calculation, recorded: runs the engine, then appends the audit record and commits it before
 * the result is returned. A result whose record could not be written is never given.
 */
@Service
public class CalculationService {
  private static final Logger log = LoggerFactory.getLogger(CalculationService.class);
  private static final String ROLE_PREFIX = "ROLE_";

  private final OpenRasEngine engine;
  private final AuditWriter audit;
  private final CalculationMetrics metrics;
  private final AgreedBudgets agreedBudgets;

  CalculationService(
      OpenRasEngine engine,
      AuditWriter audit,
      CalculationMetrics metrics,
      AgreedBudgets agreedBudgets) {
    this.engine = engine;
    this.audit = audit;
    this.metrics = metrics;
    this.agreedBudgets = agreedBudgets;
  }

  /** Calculates and records; the answer as the pages use it. */
  public CalculationResponse calculate(CalculationRequest request, Authentication actor) {
    Recorded r = record(request, actor, null);
    return new CalculationResponse(r.answer().calculationId(), r.result());
  }

  /**
   * Calculates and records; the answer as the API sends it, from the audited result text. With an
   * {@code Idempotency-Key}'s claim, the key is committed in the same transaction as the record
   * (docs/adr/0022); a key taken meanwhile withdraws the record ({@code AuditWithdrawnException}).
   */
  AuditedResponse answer(CalculationRequest request, Authentication actor, IdempotencyClaim key) {
    return record(request, actor, key).answer();
  }

  private Recorded record(CalculationRequest request, Authentication actor, IdempotencyClaim key) {
    if (WarmUpCredentials.isWarmUp(actor)) {
      return warmUp(request, actor);
    }
    return metrics.time(() -> recorded(request, actor, key));
  }

  /**
   * The start-up warm-up's own request (docs/adr/0035): every step of a recorded calculation, the
   * append rehearsed (the record chained, hashed and sent to the database by the audit writer as it
   * would be, and rolled back with nothing inserted, docs/adr/0036), neither recorded nor counted
   * in the calculation meters. Its answer goes to the service itself, before the service is ready,
   * never to a person.
   */
  private Recorded warmUp(CalculationRequest asked, Authentication actor) {
    CalculationRequest request = withPreviousAgreedBudget(asked);
    CalculationResult result = engine.calculate(request);
    AuditDraft draft = draft(request, result, actor);
    AuditEntry rehearsed = audit.rehearse(draft);
    return new Recorded(result, new AuditedResponse(rehearsed.id(), draft.result()));
  }

  /** The hash the draft's record would have as the first in a trail; nothing is written. */
  static String hashAsRecorded(AuditDraft draft) {
    return AuditHash.of(
        new AuditEntry(
            1,
            draft.id(),
            Instant.now(),
            draft.actor(),
            draft.role(),
            draft.personRef(),
            draft.request(),
            draft.result(),
            draft.ruleSets(),
            draft.engineVersion(),
            AuditHash.GENESIS,
            null));
  }

  private Recorded recorded(CalculationRequest asked, Authentication actor, IdempotencyClaim key) {
    CalculationRequest request = withPreviousAgreedBudget(asked);
    CalculationResult result = metrics.engine(() -> engine.calculate(request));
    AuditDraft draft = draft(request, result, actor);
    AuditEntry entry =
        audit.append( // AuditUnavailableException: no result is given
            draft,
            key == null ? null : key.recordedAs(draft.id(), 200, MediaType.APPLICATION_JSON_VALUE));
    log.info("Calculation {} recorded as audit record {}", entry.id(), entry.sequence());
    return new Recorded(result, new AuditedResponse(entry.id(), draft.result()));
  }

  /**
   * A reassessment that names the previous agreed budget: its agreed weekly figure becomes the
   * request's {@code previousWeeklyBudget}, which the adjustments rules read for transitional
   * protection. The service only looks the figure up; what protection follows is the rules' policy.
   */
  private CalculationRequest withPreviousAgreedBudget(CalculationRequest request) {
    if (request.previousAgreedBudgetId() == null) {
      return request;
    }
    if (request.previousWeeklyBudget() != null) {
      throw new InvalidRequestException(
          List.of(
              new FieldError(
                  "previousWeeklyBudget",
                  "give previousWeeklyBudget or previousAgreedBudgetId, not both: the figure is"
                      + " read from the agreed budget")));
    }
    return request.withPreviousWeeklyBudget(
        agreedBudgets.previousWeekly(request.previousAgreedBudgetId(), request.personRef()));
  }

  /** A calculation answered and recorded: the engine's result and the answer the API sends. */
  private record Recorded(CalculationResult result, AuditedResponse answer) {}

  static AuditDraft draft(CalculationRequest request, CalculationResult result, Authentication a) {
    var json = Json.mapper();
    return new AuditDraft(
        UUID.randomUUID(),
        SignedInUser.actor(a), // the stable subject, with the display name where known
        roles(a),
        request.personRef(),
        json.writeValueAsString(request),
        json.writeValueAsString(result),
        json.writeValueAsString(result.ruleSets().stream().map(RecordedRuleSet::of).toList()),
        result.engineVersion());
  }

  /** The caller's roles, without Spring's prefix, sorted and comma-separated. */
  static String roles(Authentication a) {
    return a.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(r -> r != null && r.startsWith(ROLE_PREFIX))
        .map(r -> r.substring(ROLE_PREFIX.length()))
        .sorted()
        .collect(Collectors.joining(","));
  }
}
