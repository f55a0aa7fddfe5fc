package org.openras.engine.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads rule-set versions packaged in a jar. Folders inside a jar (or a Spring Boot fat jar) cannot
 * be listed, so the rules module writes {@code openras-rules/index.txt} at build time: one file
 * path per line, relative to {@code openras-rules/}.
 */
public final class ClasspathRuleStore implements RuleStore {
  public static final String PREFIX = "openras-rules/";
  public static final String INDEX = PREFIX + "index.txt";

  private final ClassLoader loader;

  public ClasspathRuleStore(ClassLoader loader) {
    this.loader = loader;
  }

  public ClasspathRuleStore() {
    this(ClasspathRuleStore.class.getClassLoader());
  }

  /** True when a rules jar with an index is on the classpath. */
  public boolean isPresent() {
    return loader.getResource(INDEX) != null;
  }

  @Override
  public List<RuleSetSource> versions() {
    List<String> paths = index();
    Map<String, TreeMap<String, byte[]>> byVersion = new LinkedHashMap<>();
    for (String path : paths) {
      if (path.endsWith("/" + RuleSetCatalogue.MANIFEST)) {
        byVersion.put(path.substring(0, path.lastIndexOf('/')), new TreeMap<>());
      }
    }
    for (String path : paths) {
      for (var entry : byVersion.entrySet()) {
        if (path.startsWith(entry.getKey() + "/")) {
          entry.getValue().put(path.substring(entry.getKey().length() + 1), read(path));
        }
      }
    }
    List<RuleSetSource> out = new ArrayList<>();
    byVersion.forEach(
        (dir, files) -> {
          int slash = dir.lastIndexOf('/');
          if (slash < 0) {
            throw new InvalidRuleSetException(
                dir, "a version folder must sit inside an area folder");
          }
          out.add(new RuleSetSource(dir.substring(0, slash), dir.substring(slash + 1), files));
        });
    return out;
  }

  private List<String> index() {
    try (InputStream in = loader.getResourceAsStream(INDEX)) {
      if (in == null) {
        throw new InvalidRuleSetException(
            INDEX, "no rules jar on the classpath; add openras-rules or use a rules directory");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] read(String path) {
    try (InputStream in = loader.getResourceAsStream(PREFIX + path)) {
      if (in == null) {
        throw new InvalidRuleSetException(path, "listed in " + INDEX + " but not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<byte[]> bibliography() {
    try (InputStream in = loader.getResourceAsStream(PREFIX + BIBLIOGRAPHY)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String describe() {
    return "classpath " + PREFIX;
  }
}
