package org.openras.service.calculation;

import java.time.Duration;
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
 * Warms the calculation path before the service says it is ready: for {@code openras.warm-up} (15
 * seconds unless set; {@code PT0S} turns it off) it reads the policy cases of every served version
 * as the API reads a request body, calculates them, and writes and hashes each result as an audit
 * record would be written, recording nothing. A JVM compiles its hot code while it runs; on a small
 * machine that compiling competes with the first minute of traffic (the load test's p99 in its
 * first minute: benchmarks/README.md), so it is done here, while the readiness probe still says
 * "not ready" (Spring Boot reports ready after every {@link ApplicationRunner} has run). The
 * service answers requests meanwhile, only more slowly. The same inputs and versions give the same
 * results whether or not the engine was warmed: nothing it keeps depends on what was calculated.
 */
@Component
class WarmUp implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
  private static final Authentication ACTOR =
      new UsernamePasswordAuthenticationToken(
          "openras warm-up", null, Set.of(new SimpleGrantedAuthority("ROLE_ASSESSOR")));

  private final OpenRasEngine engine;
  private final JsonMapper http;
  private final Duration budget;

  WarmUp(
      OpenRasEngine engine, JsonMapper http, @Value("${openras.warm-up:PT15S}") Duration budget) {
    this.engine = engine;
    this.http = http;
    this.budget = budget;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (budget.isZero() || budget.isNegative()) {
      return;
    }
    List<String> bodies = bodies();
    long start = System.nanoTime();
    long deadline = start + budget.toNanos();
    long calculations = 0;
    while (!bodies.isEmpty() && System.nanoTime() < deadline) {
      for (String body : bodies) {
        calculate(body);
        calculations++;
      }
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
      return !AuditHash.sha256(draft.result()).isEmpty();
    } catch (OpenRasException | IllegalArgumentException | tools.jackson.core.JacksonException e) {
      return false;
    }
  }
}
