package org.openras.engine.catalogue;

import java.util.List;

/**
 * Rule-set versions held in memory: the set a service read from its database (the published
 * versions, which every instance serves alike), or a catalogue's versions with a draft beside them.
 *
 * @param versions the version folders, as a store would read them
 * @param description where they came from, for logs and health
 */
public record MemoryRuleStore(List<RuleSetSource> versions, String description)
    implements RuleStore {

  public MemoryRuleStore {
    versions = List.copyOf(versions);
  }

  /** The sources of every version in {@code catalogue}. */
  public static MemoryRuleStore of(RuleSetCatalogue catalogue, String description) {
    return new MemoryRuleStore(
        catalogue.all().stream().map(RuleSetVersion::source).toList(), description);
  }

  @Override
  public String describe() {
    return description;
  }
}
