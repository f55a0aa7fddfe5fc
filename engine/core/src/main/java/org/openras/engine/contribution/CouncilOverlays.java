package org.openras.engine.contribution;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.request.CalculationRequest;

/**
 * A council's local charging options (DESIGN.md §2 "which council"): a dated, hashed,
 * parameter-only rule-set version under {@code councils/<council>/<version>/}, kept apart from the
 * national figures. Each option the overlay leaves out is off.
 */
public final class CouncilOverlays {
  public static final String AREA_PREFIX = "councils/";

  /**
   * The local options a council overlay may set; anything else is a typo and is refused. {@code
   * nightCareDisregard} (an amount) is read only by contributions 2015-04-01; from its correction
   * the council makes the yes/no choice {@code disregardNightCareDifference}, an amount keyed for
   * the original counts as choosing yes, and the amount disregarded is always the national benefit
   * rates' difference (docs/adr/0006).
   */
  public static final Set<String> OPTIONS =
      Set.of(
          "migUpliftPercent",
          "migUpliftAmount",
          "localMig",
          "nightCareDisregard",
          "disregardNightCareDifference",
          "standardDreAllowance",
          "minimumWeeklyCharge",
          "chargeableShare",
          "localLowerCapitalLimit",
          "localUpperCapitalLimit");

  private final Map<String, ParameterSet> byHash = new ConcurrentHashMap<>();

  /** The overlay a calculation uses (null for national figures only) and how the result says so. */
  public record Choice(RuleSetVersion overlay, String localOptions) {}

  /**
   * The council overlay to use: the named council's must be in force (or pinned); the default
   * council's is used when one is in force, otherwise national figures apply and the result says
   * so.
   */
  public static Choice choose(
      RuleSetCatalogue catalogue, CalculationRequest request, String council) {
    if (council == null) {
      return new Choice(null, "no council: national figures only");
    }
    String area = area(council);
    RuleSetVersion overlay =
        request.councilRef() == null && request.pinned(area) == null
            ? catalogue.inForce(area, request.assessmentDate()).orElse(null)
            : catalogue.select(area, request.assessmentDate(), request.pinned(area));
    return new Choice(
        overlay,
        overlay != null
            ? "council overlay " + overlay.label()
            : "no overlay of council "
                + council
                + " is in force on "
                + request.assessmentDate()
                + ": national figures only");
  }

  public static String area(String council) {
    return AREA_PREFIX + council;
  }

  /** True for the area of a council overlay (parameter-only: no rules to compile). */
  public static boolean isOverlay(String area) {
    return area.startsWith(AREA_PREFIX);
  }

  /** The overlay's options, read once per content hash and checked against {@link #OPTIONS}. */
  public ParameterSet options(RuleSetVersion overlay) {
    return byHash.computeIfAbsent(overlay.hash(), h -> read(overlay));
  }

  private static ParameterSet read(RuleSetVersion overlay) {
    ParameterSet set = ParameterSet.load(overlay);
    for (String name : set.definitions().keySet()) {
      if (!OPTIONS.contains(name)) {
        throw new InvalidRuleSetException(
            overlay.source().location() + "/" + ParameterSet.FILE,
            "'" + name + "' is not a local charging option; the options are " + OPTIONS);
      }
    }
    return set;
  }
}
