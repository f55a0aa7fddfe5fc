package org.openras.service.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.service.publication.Publications;
import org.openras.service.publication.Publications.KnownVersion;
import org.openras.service.ruleset.RuleSetViews.RuleSetArea;
import org.openras.service.ruleset.RuleSetViews.RuleSetDetail;
import org.openras.service.ruleset.RuleSetViews.RuleSetVersionSummary;
import org.springframework.stereotype.Service;

/**
 * The rule-set versions the service knows, by area, for the API and the policy pages alike: those
 * served, scheduled and withdrawn (from the publication log) and the drafts in the rule store, each
 * with its publication state; one version found by area and version (or refused naming what is
 * known), and one version's content.
 */
@Service
public class KnownRuleSets {
  private final Publications publications;
  private final OpenRasEngine engine;

  KnownRuleSets(Publications publications, OpenRasEngine engine) {
    this.publications = publications;
    this.engine = engine;
  }

  /** Every area with its versions and their publication state, oldest first. */
  public List<RuleSetArea> areas() {
    Map<String, List<RuleSetVersionSummary>> byArea = new TreeMap<>();
    for (KnownVersion k : publications.versions()) {
      byArea
          .computeIfAbsent(k.version().area(), a -> new ArrayList<>())
          .add(RuleSetContent.summary(k.version(), k.state(), supersededBy(k.version())));
    }
    return byArea.entrySet().stream()
        .map(e -> new RuleSetArea(e.getKey(), e.getKey().replace('/', '~'), e.getValue()))
        .toList();
  }

  /**
   * The version of {@code area} (written with a slash) named {@code version}, in any state.
   *
   * @throws RuleSetNotFoundException when the service knows no such area or version
   */
  public RuleSetVersion find(String area, String version) {
    return known(area, version).version();
  }

  /** One version in full, with its publication state. */
  public RuleSetDetail detail(String area, String version) {
    KnownVersion k = known(area, version);
    return RuleSetContent.detail(k.version(), k.state(), supersededBy(k.version()));
  }

  /**
   * The served correction that takes {@code v}'s place for selection by date (docs/adr/0006), or
   * null when none does: {@code v} is then used only where it is pinned, as replay "as decided
   * then" pins it.
   */
  private String supersededBy(RuleSetVersion v) {
    RuleSetCatalogue served = engine.catalogue();
    return served
        .find(v.area(), v.version())
        .filter(s -> s.hash().equals(v.hash()) && served.isSuperseded(s))
        .flatMap(served::supersededBy)
        .map(RuleSetVersion::version)
        .orElse(null);
  }

  private KnownVersion known(String area, String version) {
    List<KnownVersion> all = publications.versions();
    List<String> areas = all.stream().map(k -> k.version().area()).distinct().sorted().toList();
    if (!areas.contains(area)) {
      throw new RuleSetNotFoundException(area, null, areas);
    }
    return all.stream()
        .filter(k -> k.version().area().equals(area) && k.version().version().equals(version))
        .findFirst()
        .orElseThrow(
            () ->
                new RuleSetNotFoundException(
                    area,
                    version,
                    all.stream()
                        .filter(k -> k.version().area().equals(area))
                        .map(k -> k.version().version())
                        .toList()));
  }
}
