package org.openras.engine.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads rule-set versions from a folder laid out as {@code <area>/<version>/ruleset.yaml}. */
public final class DirectoryRuleStore implements RuleStore {
  private final Path root;

  public DirectoryRuleStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(this.root)) {
      throw new InvalidRuleSetException(root.toString(), "the rule store folder does not exist");
    }
  }

  @Override
  public List<RuleSetSource> versions() {
    List<RuleSetSource> out = new ArrayList<>();
    // <area>/<version>/ruleset.yaml, or councils/<council>/<version>/ruleset.yaml; build output
    // (target/) and sources (src/) of the rules module are not rule sets.
    try (Stream<Path> manifests = Files.walk(root, 4)) {
      for (Path manifest :
          manifests
              .filter(p -> p.getFileName().toString().equals(RuleSetCatalogue.MANIFEST))
              .filter(p -> !ignored(root.relativize(p)))
              .sorted()
              .toList()) {
        out.add(read(manifest.getParent()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the rule store " + root, e);
    }
    return out;
  }

  private static boolean ignored(Path relative) {
    String first = relative.getName(0).toString();
    return first.equals("target") || first.equals("src") || first.startsWith(".");
  }

  private RuleSetSource read(Path versionDir) throws IOException {
    Path relative = root.relativize(versionDir);
    if (relative.getNameCount() < 2) {
      throw new InvalidRuleSetException(
          relative + "/" + RuleSetCatalogue.MANIFEST,
          "a version folder must sit inside an area folder: <area>/<version>/ruleset.yaml");
    }
    String area = relative.getParent().toString().replace('\\', '/');
    TreeMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(versionDir)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        files.put(
            versionDir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return new RuleSetSource(area, versionDir.getFileName().toString(), files);
  }

  @Override
  public Optional<byte[]> bibliography() {
    Path file = root.resolve(BIBLIOGRAPHY);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  @Override
  public String describe() {
    return "directory " + root;
  }
}
