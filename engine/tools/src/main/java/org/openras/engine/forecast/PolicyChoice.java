package org.openras.engine.forecast;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openras.engine.params.Overrides;
import org.openras.engine.scenario.ScenarioSide;

/**
 * One policy choice a forecast is costed under, as a scenario side is but without a date (each
 * forecast year is costed on its own days): the rule-set folder, a version pinned per area (a
 * draft, or an earlier version) and parameter overrides such as {@code
 * ras:pricePerPoint*1.03@age>=65}.
 *
 * @param label a name for reports ("baseline", "candidate: +3% older people")
 * @param rules where the rule sets came from (a folder, as the caller names it), for the report
 * @param pins area → version, over the versions in force
 * @param overrides parameter overrides as written (parsed by {@link Overrides#parse})
 */
public record PolicyChoice(
    String label, String rules, Map<String, String> pins, List<String> overrides) {

  public PolicyChoice {
    pins = pins == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(pins));
    overrides = overrides == null ? List.of() : List.copyOf(overrides);
    Overrides.parse(overrides); // refuses one that cannot be read, here rather than mid-run
  }

  /** The rules in force each day, as they are. */
  public static PolicyChoice asInForce(String label, String rules) {
    return new PolicyChoice(label, rules, Map.of(), List.of());
  }

  /** The choice as a dateless scenario side. */
  public ScenarioSide side() {
    return new ScenarioSide(label, null, pins, Overrides.parse(overrides));
  }
}
