package org.openras.service.ruleset;

import java.util.List;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.service.ruleset.RuleSetViews.RuleSetArea;
import org.openras.service.ruleset.RuleSetViews.RuleSetDetail;
import org.springframework.stereotype.Service;

/**
 * The rule-set versions the service serves, by area, for the API and the policy pages alike: every
 * area with its versions, one version found by area and version (or refused naming what is served),
 * and one version's content.
 */
@Service
public class ServedRuleSets {
  /** A served version's publication state, while every served version is published. */
  public static final String PUBLISHED = "published";

  private final RuleSetCatalogue catalogue;

  ServedRuleSets(OpenRasEngine engine) {
    this.catalogue = engine.catalogue();
  }

  /** Every area with the versions the service serves, oldest first. */
  public List<RuleSetArea> areas() {
    return catalogue.areas().stream()
        .map(
            a ->
                new RuleSetArea(
                    a,
                    a.replace('/', '~'),
                    catalogue.versions(a).stream().map(RuleSetContent::summary).toList()))
        .toList();
  }

  /**
   * The served version of {@code area} (written with a slash) named {@code version}.
   *
   * @throws RuleSetNotFoundException when the service serves no such area or version
   */
  public RuleSetVersion find(String area, String version) {
    if (!catalogue.areas().contains(area)) {
      throw new RuleSetNotFoundException(area, null, catalogue.areas());
    }
    return catalogue
        .find(area, version)
        .orElseThrow(
            () ->
                new RuleSetNotFoundException(
                    area,
                    version,
                    catalogue.versions(area).stream().map(RuleSetVersion::version).toList()));
  }

  /** One served version in full: manifest, files, figures, rules and the names of its cases. */
  public RuleSetDetail detail(RuleSetVersion v) {
    return RuleSetContent.detail(v);
  }

  /**
   * Where a served version stands in publication. Every version the service serves is published
   * (DESIGN.md §2: until the policy workflow exists, every shipped version counts as published);
   * the publication log of issue 10 will tell draft, scheduled, published and withdrawn apart.
   */
  public String state(String area, String version) {
    return PUBLISHED;
  }
}
