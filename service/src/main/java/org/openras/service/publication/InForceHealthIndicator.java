package org.openras.service.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.Period;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code inForce} under {@code /actuator/health} and in the readiness group: UP when every area
 * served has a version in force today (by the service's clock), DEGRADED when one that must always
 * have one has none. A calculation dated today in such an area is refused (no version in force),
 * but every other area, and calculations dated on days a version covers, are answered: the instance
 * stays in the load balancer (DEGRADED answers 200, application.properties) while the policy
 * officers, who see the details, are told which area has no version for which day, and what periods
 * it has. An area whose versions all say {@code allowsGaps: true} (adjustments, which apply only in
 * the periods a council sets them) is not required to have one.
 */
@Component
@ConditionalOnWebApplication // health is served over HTTP; verify-audit must not build the engine
public class InForceHealthIndicator implements HealthIndicator {
  static final Status DEGRADED =
      new Status(
          RulesHealthIndicator.DEGRADED.getCode(),
          "an area has no rule-set version in force today; calculations dated today in it are"
              + " refused");

  private final OpenRasEngine engine;
  private final Clock clock;

  InForceHealthIndicator(OpenRasEngine engine, Clock clock) {
    this.engine = engine;
    this.clock = clock;
  }

  /**
   * An area that must have a version in force but has none on {@code date}, and the periods of its
   * versions.
   */
  public record Missing(String area, LocalDate date, List<String> periods) {}

  /** The areas served that must have a version in force today and have none (policy page too). */
  public List<Missing> missingToday() {
    return missing(engine.catalogue(), LocalDate.now(clock));
  }

  /** How far ahead the policy pages look for a day without a version in force (issue 21). */
  public static final int LOOK_AHEAD_DAYS = 90;

  /**
   * The areas served that must have a version in force, have one today, but have none on a day of
   * the next {@value #LOOK_AHEAD_DAYS} days (policy page): each with that first day.
   */
  public List<Missing> missingSoon() {
    return missingWithin(engine.catalogue(), LocalDate.now(clock), LOOK_AHEAD_DAYS);
  }

  /**
   * For each area that must have a version in force and has one on {@code today}, the first of the
   * {@code days} days after it on which it has none, if any.
   */
  static List<Missing> missingWithin(RuleSetCatalogue catalogue, LocalDate today, int days) {
    List<Missing> soon = new java.util.ArrayList<>();
    for (String area : catalogue.areas()) {
      if (gapsAllowed(catalogue.versions(area)) || catalogue.inForce(area, today).isEmpty()) {
        continue; // gaps allowed, or already without one today (missingToday says so)
      }
      for (int d = 1; d <= days; d++) {
        LocalDate day = today.plusDays(d);
        if (catalogue.inForce(area, day).isEmpty()) {
          soon.add(
              new Missing(
                  area, day, catalogue.periods(area).stream().map(Period::toString).toList()));
          break;
        }
      }
    }
    return soon;
  }

  /** The areas served that must have a version in force on {@code date} and have none. */
  static List<Missing> missing(RuleSetCatalogue catalogue, LocalDate date) {
    return catalogue.areas().stream()
        .filter(area -> !gapsAllowed(catalogue.versions(area)))
        .filter(area -> catalogue.inForce(area, date).isEmpty())
        .map(
            area ->
                new Missing(
                    area, date, catalogue.periods(area).stream().map(Period::toString).toList()))
        .toList();
  }

  /** The catalogue's own rule: gaps are allowed in an area when every version allows them. */
  private static boolean gapsAllowed(List<RuleSetVersion> versions) {
    return !versions.isEmpty() && versions.stream().allMatch(v -> v.manifest().allowsGaps());
  }

  @Override
  public Health health() {
    LocalDate today = LocalDate.now(clock);
    List<Missing> missing = missing(engine.catalogue(), today);
    Health.Builder h = missing.isEmpty() ? Health.up() : Health.status(DEGRADED);
    h.withDetail("date", today.toString());
    if (!missing.isEmpty()) {
      h.withDetail(
          "noVersionInForce",
          missing.stream()
              .map(
                  m -> {
                    Map<String, Object> area = new LinkedHashMap<>();
                    area.put("area", m.area());
                    area.put("date", m.date().toString());
                    area.put("periods", m.periods());
                    return area;
                  })
              .toList());
    }
    return h.build();
  }
}
