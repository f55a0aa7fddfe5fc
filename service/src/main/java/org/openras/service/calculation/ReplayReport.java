package org.openras.service.calculation;

import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * What a replay found.
 *
 * @param rules {@code recorded}: as decided then, every area pinned to its recorded version; {@code
 *     current}: under the rules in force on the assessment date as known today (after any
 *     correction), versions chosen by date from today's rule sets
 * @param identical true when the replayed result is the recorded result, byte for byte
 * @param rulesUnchanged true when every recorded version's current hash is the recorded hash
 * @param ruleSets each recorded version, with its recorded and current hash
 * @param differences where the results differ (empty when identical), at most {@link
 *     JsonDiff#LIMIT}
 */
public record ReplayReport(
    UUID calculationId,
    String rules,
    boolean identical,
    boolean rulesUnchanged,
    String recordedEngineVersion,
    String currentEngineVersion,
    List<VersionCheck> ruleSets,
    List<Difference> differences) {

  public static final String RECORDED = "recorded";
  public static final String CURRENT = "current";

  /** A recorded rule-set version and whether its files are still the ones recorded. */
  public record VersionCheck(
      String area, String version, String recordedHash, String currentHash, boolean hashMatches) {}

  /** One place where the results differ: a JSON path, the recorded value and today's. */
  public record Difference(String path, JsonNode recorded, JsonNode now) {}
}
