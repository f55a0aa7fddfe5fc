package org.openras.service.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  KnownRuleSets(Publications publications) {
    this.publications = publications;
  }

  /** Every area with its versions and their publication state, oldest first. */
  public List<RuleSetArea> areas() {
    Map<String, List<RuleSetVersionSummary>> byArea = new TreeMap<>();
    for (KnownVersion k : publications.versions()) {
      byArea
          .computeIfAbsent(k.version().area(), a -> new ArrayList<>())
          .add(RuleSetContent.summary(k.version(), k.state()));
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
    return RuleSetContent.detail(k.version(), k.state());
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
