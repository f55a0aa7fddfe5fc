package org.openras.service.publication;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code rules} under {@code /actuator/health}: UP with the versions served, or DEGRADED when the
 * last reload refused the published set (the service still answers, on the last good set), with
 * each refused version and its problem. DEGRADED answers 200 and ranks between DOWN and UP
 * (application.properties).
 */
@Component
@ConditionalOnWebApplication // health is served over HTTP; verify-audit must not build the engine
class RulesHealthIndicator implements HealthIndicator {
  static final Status DEGRADED = new Status("DEGRADED", "serving the last good rule sets");

  private final LiveReload live;

  RulesHealthIndicator(LiveReload live) {
    this.live = live;
  }

  @Override
  public Health health() {
    LiveReload.ServedStatus s = live.status();
    Health.Builder h = s.refused().isEmpty() ? Health.up() : Health.status(DEGRADED);
    h.withDetail("served", s.served()).withDetail("checkedAt", s.checkedAt().toString());
    if (!s.refused().isEmpty()) {
      h.withDetail(
              "refused",
              s.refused().stream()
                  .map(r -> java.util.Map.of("version", r.version(), "problem", r.problem()))
                  .toList())
          .withDetail("refusedSince", s.refusedSince().toString());
    }
    return h.build();
  }
}
