package org.openras.engine.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of one rule-set version folder as read from a {@link RuleStore}: the area path (for
 * example {@code ras}, or {@code councils/north-shire}), the version folder name, and each file by
 * its path relative to the version folder, sorted.
 */
public record RuleSetSource(String area, String folder, SortedMap<String, byte[]> files) {

  public RuleSetSource {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /** Where the version lives inside the rule store, for messages: {@code ras/2024-04-01}. */
  public String location() {
    return area + "/" + folder;
  }

  public boolean has(String relativePath) {
    return files.containsKey(relativePath);
  }

  public String text(String relativePath) {
    byte[] bytes = files.get(relativePath);
    if (bytes == null) {
      throw new InvalidRuleSetException(location() + "/" + relativePath, "file not found");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
