package org.openras.engine.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.TestRules;
import org.openras.engine.catalogue.DirectoryRuleStore;

/**
 * A rule store for tests of dates: the shipped RAS 2025-04-01 and the October 2025 adjustments,
 * with the adjustments moved to start on another day (their figures take effect on that day too).
 */
final class ShiftedRules {
  private ShiftedRules() {}

  /** The adjustments in force from {@code from} to {@code to} (inclusive). */
  static OpenRasEngine adjustmentsFrom(Path dir, String from, String to) {
    try {
      copy(TestRules.DIR.resolve("ras/2025-04-01"), dir.resolve("ras/2025-04-01"));
      Path adj = dir.resolve("adjustments/2025-10-01");
      copy(TestRules.DIR.resolve("adjustments/2025-10-01"), adj);
      replace(adj.resolve("ruleset.yaml"), "effectiveFrom: 2025-10-01", "effectiveFrom: " + from);
      replace(adj.resolve("ruleset.yaml"), "effectiveTo: 2026-03-31", "effectiveTo: " + to);
      replace(adj.resolve("parameters.yaml"), "2025-10-01:", from + ":");
      return OpenRasEngine.load(new DirectoryRuleStore(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    if (!text.contains(from)) {
      throw new IllegalStateException(file + " no longer holds '" + from + "'");
    }
    Files.writeString(file, text.replace(from, to));
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
