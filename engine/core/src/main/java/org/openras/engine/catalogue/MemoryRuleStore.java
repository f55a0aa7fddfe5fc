package org.openras.engine.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Rule-set versions held in memory: the set a service read from its database (the published
 * versions, which every instance serves alike), or a catalogue's versions with a draft beside them.
 *
 * @param versions the version folders, as a store would read them
 * @param description where they came from, for logs and health
 * @param bibliographyFile the bibliography ({@code sources.yaml}) the versions cite, or null when
 *     the store has none
 */
public record MemoryRuleStore(
    List<RuleSetSource> versions, String description, byte[] bibliographyFile)
    implements RuleStore {

  public MemoryRuleStore {
    versions = List.copyOf(versions);
    bibliographyFile = bibliographyFile == null ? null : bibliographyFile.clone();
  }

  /** Versions without a bibliography. */
  public MemoryRuleStore(List<RuleSetSource> versions, String description) {
    this(versions, description, (byte[]) null);
  }

  /** Versions with the bibliography of {@code citedFrom}, the store they are checked against. */
  public MemoryRuleStore(List<RuleSetSource> versions, String description, RuleStore citedFrom) {
    this(versions, description, citedFrom.bibliography().orElse(null));
  }

  @Override
  public Optional<byte[]> bibliography() {
    return Optional.ofNullable(bibliographyFile).map(byte[]::clone);
  }

  /** The sources of every version in {@code catalogue}. */
  public static MemoryRuleStore of(RuleSetCatalogue catalogue, String description) {
    return new MemoryRuleStore(
        catalogue.all().stream().map(RuleSetVersion::source).toList(), description);
  }

  /**
   * Writes every version under {@code target} as a rules folder has them ({@code
   * <target>/<area>/<version>/...}), and the bibliography at its root, for checks that read a
   * version folder from disk.
   */
  public void writeTo(Path target) throws IOException {
    if (bibliographyFile != null) {
      Files.createDirectories(target);
      Files.write(target.resolve(BIBLIOGRAPHY), bibliographyFile);
    }
    for (RuleSetSource v : versions) {
      Path dir = target.resolve(v.area()).resolve(v.folder());
      for (var file : v.files().entrySet()) {
        Path path = dir.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.write(path, file.getValue());
      }
    }
  }

  @Override
  public String describe() {
    return description;
  }
}
