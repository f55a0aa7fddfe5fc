package org.openras.engine.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.openras.engine.TestRules;

/** Copies of shipped rule areas in a temporary folder, to break one thing at a time. */
final class BrokenVersions {
  private BrokenVersions() {}

  /** Copies {@code rules/<area>} to {@code <store>/<area>} and returns the store. */
  static Path copyArea(Path store, String area) {
    Path from = TestRules.DIR.resolve(area);
    try (Stream<Path> all = Files.walk(from)) {
      // The bibliography the citations resolve in sits at the root of the store.
      Path sources = store.resolve("sources.yaml");
      if (!Files.exists(sources)) {
        Files.copy(TestRules.DIR.resolve("sources.yaml"), sources);
      }
      for (Path p : all.toList()) {
        Path to = store.resolve(area).resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return store;
  }

  /** Replaces the first occurrence of {@code from} in a file, failing if it is not there. */
  static void replace(Path file, String from, String to) {
    try {
      String text = Files.readString(file);
      if (!text.contains(from)) {
        throw new IllegalStateException(file + " does not contain: " + from);
      }
      Files.writeString(
          file,
          text.replaceFirst(
              java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based line of the first line containing {@code text}. */
  static int lineOf(Path file, String text) {
    try {
      var lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(text)) {
          return i + 1;
        }
      }
      throw new IllegalStateException(file + " has no line with: " + text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
