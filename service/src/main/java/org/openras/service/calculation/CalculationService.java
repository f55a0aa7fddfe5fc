package org.openras.service.calculation;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.json.Json;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;
import org.openras.service.audit.AuditDraft;
import org.openras.service.audit.AuditEntry;
import org.openras.service.audit.AuditLog;
import org.openras.service.audit.RecordedRuleSet;
import org.openras.service.metrics.CalculationMetrics;
import org.openras.service.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
  private final AuditLog audit;
  private final CalculationMetrics metrics;

  CalculationService(OpenRasEngine engine, AuditLog audit, CalculationMetrics metrics) {
    this.engine = engine;
    this.audit = audit;
    this.metrics = metrics;
  }

  public CalculationResponse calculate(CalculationRequest request, Authentication actor) {
    Recorded r = record(request, actor);
    return new CalculationResponse(r.id(), r.result());
  }

  /** As {@link #calculate}, keeping the result's canonical JSON the audit record holds. */
  Recorded record(CalculationRequest request, Authentication actor) {
    return metrics.time(() -> recorded(request, actor));
  }

  private Recorded recorded(CalculationRequest request, Authentication actor) {
    CalculationResult result = engine.calculate(request);
    AuditDraft draft = draft(request, result, actor);
    AuditEntry entry = audit.append(draft); // AuditUnavailableException: no result is given
    log.info("Calculation {} recorded as audit record {}", entry.id(), entry.sequence());
    return new Recorded(entry.id(), result, draft.result());
  }

  /**
   * A calculation answered and recorded.
   *
   * @param resultJson the result as the engine's mapper writes it: the audit record's own text
   */
  record Recorded(UUID id, CalculationResult result, String resultJson) {
    /**
     * The answer's body: the {@link CalculationResponse} JSON, built from the audited text instead
     * of writing the result a second time. Jackson writes {@code calculationId} first and then the
     * unwrapped result's members in the same order and form as in {@code resultJson} (one mapper
     * configuration writes both), so this is the same JSON, byte for byte.
     */
    byte[] responseBody() {
      if (resultJson.length() < 2 || resultJson.charAt(0) != '{') {
        throw new IllegalStateException("a result is written as a JSON object");
      }
      String members = resultJson.length() == 2 ? "}" : "," + resultJson.substring(1);
      return ("{\"calculationId\":\"" + id + "\"" + members).getBytes(StandardCharsets.UTF_8);
    }
  }

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
