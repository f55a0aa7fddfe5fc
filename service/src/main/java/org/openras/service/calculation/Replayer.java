package org.openras.service.calculation;

import java.util.List;
import java.util.UUID;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.json.Json;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;
import org.openras.service.audit.AuditEntry;
import org.openras.service.audit.AuditLog;
import org.openras.service.audit.RecordedRuleSet;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Re-runs a recorded calculation on the versions it recorded (each area pinned to its recorded
 * version, whatever the request pinned), says whether each version's files still hash as recorded,
 * and compares the new result with the recorded one.
 */
@Service
public class Replayer {
  private final OpenRasEngine engine;
  private final AuditLog audit;

  Replayer(OpenRasEngine engine, AuditLog audit) {
    this.engine = engine;
    this.audit = audit;
  }

  CalculationRecord record(UUID id) {
    return CalculationRecord.of(entry(id));
  }

  /**
   * Replays a calculation: as decided then ({@link ReplayReport#RECORDED}), or under the rules in
   * force on its date as known today ({@link ReplayReport#CURRENT}).
   */
  public ReplayReport replay(UUID id, String rules) {
    AuditEntry entry = entry(id);
    if (!entry.isCalculation() || Json.mapper().readTree(entry.request()).has("recordKind")) {
      // Another kind of record in the same chain (an agreed budget's step, docs/adr/0027; a
      // direct-payment decision, docs/adr/0029): it is verified with the chain, but it is not a
      // calculation to replay.
      throw new CalculationNotFoundException(id);
    }
    List<RecordedRuleSet> recorded = CalculationRecord.ruleSets(entry);
    List<ReplayReport.VersionCheck> checks = recorded.stream().map(this::check).toList();
    CalculationRequest request =
        ReplayReport.CURRENT.equals(rules)
            ? Json.mapper().readValue(entry.request(), CalculationRequest.class)
            : pinned(entry.request(), recorded);
    CalculationResult now = engine.calculate(request);
    var json = Json.mapper();
    JsonNode before = json.readTree(entry.result());
    JsonNode after = json.readTree(json.writeValueAsString(now));
    List<ReplayReport.Difference> differences = JsonDiff.between(before, after);
    return new ReplayReport(
        id,
        rules,
        differences.isEmpty() && entry.result().equals(json.writeValueAsString(now)),
        checks.stream().allMatch(ReplayReport.VersionCheck::hashMatches),
        entry.engineVersion(),
        OpenRasEngine.version(),
        checks,
        differences);
  }

  private AuditEntry entry(UUID id) {
    return audit.findCalculation(id).orElseThrow(() -> new CalculationNotFoundException(id));
  }

  private ReplayReport.VersionCheck check(RecordedRuleSet r) {
    String current =
        engine.catalogue().find(r.area(), r.version()).map(RuleSetVersion::hash).orElse(null);
    return new ReplayReport.VersionCheck(
        r.area(), r.version(), r.hash(), current, r.hash().equals(current));
  }

  /** The recorded request with every recorded area pinned to its recorded version. */
  static CalculationRequest pinned(String requestJson, List<RecordedRuleSet> recorded) {
    var json = Json.mapper();
    ObjectNode request = (ObjectNode) json.readTree(requestJson);
    ObjectNode pins =
        request.get("ruleSetVersions") instanceof ObjectNode given
            ? given
            : request.putObject("ruleSetVersions");
    recorded.forEach(r -> pins.put(r.area(), r.version()));
    return json.treeToValue(request, CalculationRequest.class);
  }
}
