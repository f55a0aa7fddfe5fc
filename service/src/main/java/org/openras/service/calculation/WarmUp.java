package org.openras.service.calculation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.OpenRasException;
import org.openras.engine.cases.CaseRunner;
import org.openras.engine.cases.PolicyCase;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;
import org.openras.service.audit.AuditDraft;
import org.openras.service.audit.AuditEntry;
import org.openras.service.audit.AuditHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warms the calculation path before the service says it is ready: it reads the policy cases of
 * every served version as the API reads a request body (the HTTP mapper), calculates them, and
 * writes each result, request and rule-set list as the audit record holds them and hashes that text
 * as the record's hash does, recording nothing, until {@code openras.warm-up.calculations} (5,000)
 * calculations are done or {@code openras.warm-up} (10 seconds; {@code PT0S} turns it off) has
 * passed. A JVM compiles its hot code while it runs; on a small machine that compiling competes
 * with the first minute of traffic, so it is done here, while the readiness probe still says "not
 * ready" (Spring Boot reports ready after every {@link ApplicationRunner} has run; docs/adr/0026).
 * The same inputs and versions give the same results whether or not the engine was warmed: nothing
 * it keeps depends on what was calculated.
 */
@Component
// Serving only: the audit command (a non-web run) must start on a database without rule sets.
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class WarmUp implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
  private static final Authentication ACTOR =
      new UsernamePasswordAuthenticationToken(
          "openras warm-up", null, Set.of(new SimpleGrantedAuthority("ROLE_ASSESSOR")));

  private final OpenRasEngine engine;
  private final JsonMapper http;
  private final Duration budget;
  private final long most;

  WarmUp(
      OpenRasEngine engine,
      JsonMapper http,
      @Value("${openras.warm-up:PT10S}") Duration budget,
      @Value("${openras.warm-up.calculations:5000}") long most) {
    this.engine = engine;
    this.http = http;
    this.budget = budget;
    this.most = most;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (budget.isZero() || budget.isNegative()) {
      return;
    }
    long start = System.nanoTime();
    long deadline = start + budget.toNanos();
    List<String> bodies = bodies(); // each case calculated once, to keep those that give a result
    long calculations = bodies.size();
    for (int next = 0;
        !bodies.isEmpty() && calculations < most && System.nanoTime() < deadline;
        next = (next + 1) % bodies.size()) {
      calculate(bodies.get(next));
      calculations++;
    }
    log.info(
        "Warmed up the calculation path in {} ms: {} calculations of {} policy cases, none"
            + " recorded",
        (System.nanoTime() - start) / 1_000_000,
        calculations,
        bodies.size());
  }

  /** The request bodies of the served versions' cases that give a result. */
  private List<String> bodies() {
    List<String> bodies = new ArrayList<>();
    for (RuleSetVersion version : engine.catalogue().all()) {
      for (PolicyCase c : CaseRunner.cases(version)) {
        String body = http.writeValueAsString(c.request());
        if (c.expectedError().isEmpty() && calculate(body)) {
          bodies.add(body);
        }
      }
    }
    return bodies;
  }

  /** One calculation as the API makes it, without its record; false when it gives none. */
  private boolean calculate(String body) {
    try {
      CalculationRequest request = http.readValue(body, CalculationRequest.class);
      CalculationResult result = engine.calculate(request);
      AuditDraft draft = CalculationService.draft(request, result, ACTOR);
      // Hashed as the record would be (never written), and the answer written as the API sends it.
      AuditEntry unrecorded =
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
              null);
      String hash = AuditHash.of(unrecorded);
      String answer = http.writeValueAsString(new AuditedResponse(draft.id(), draft.result()));
      return !hash.isEmpty() && !answer.isEmpty();
    } catch (OpenRasException | IllegalArgumentException | tools.jackson.core.JacksonException e) {
      return false;
    }
  }
}
