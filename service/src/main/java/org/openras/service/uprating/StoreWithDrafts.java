package org.openras.service.uprating;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.catalogue.RuleStore;

/**
 * The service's rule store: the configured one (a rules folder, or the rules jar, read-only) and
 * the uprating drafts kept in the database beside it, so validation, cases, diff and publication
 * treat a draft made in the product as one written into the folder. A folder of the same area and
 * version in the configured store wins.
 */
public final class StoreWithDrafts implements RuleStore {
  private final RuleStore configured;
  private final UpratingDraftTable drafts;

  public StoreWithDrafts(RuleStore configured, UpratingDraftTable drafts) {
    this.configured = configured;
    this.drafts = drafts;
  }

  /** The configured store alone: what the first start records as published. */
  public RuleStore configured() {
    return configured;
  }

  @Override
  public List<RuleSetSource> versions() {
    List<RuleSetSource> out = new ArrayList<>(configured.versions());
    Set<String> seen = new TreeSet<>();
    out.forEach(s -> seen.add(s.location()));
    for (UpratingDraftTable.StoredDraft d : drafts.all()) {
      RuleSetSource s = d.source();
      if (seen.add(s.location())) {
        out.add(s);
      }
    }
    return out;
  }

  @Override
  public Optional<byte[]> bibliography() {
    return configured.bibliography();
  }

  @Override
  public String describe() {
    return configured.describe() + " with the uprating drafts in the database";
  }
}
