package org.openras.engine.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.openras.engine.sources.Bibliography;

/**
 * Copies a rules folder's rule sets and its bibliography ({@code sources.yaml}, which the validator
 * resolves every citation against) — not its build output, Java sources or hidden folders — so a
 * draft can be written beside the versions in use without touching them.
 */
public final class RulesCopy {
  private RulesCopy() {}

  public static void copy(Path from, Path to) throws IOException {
    Path root = from.toAbsolutePath().normalize();
    if (Files.exists(to)) {
      throw new CalibrationException(
          "The folder " + to + " exists already; give an empty output folder");
    }
    List<Path> files;
    try (Stream<Path> all = Files.walk(root)) {
      files = all.filter(Files::isRegularFile).filter(p -> kept(root.relativize(p))).toList();
    }
    for (Path file : files) {
      Path target = to.resolve(root.relativize(file).toString());
      Files.createDirectories(target.getParent());
      Files.copy(file, target);
    }
  }

  private static boolean kept(Path relative) {
    String first = relative.getName(0).toString();
    if (relative.getNameCount() == 1) {
      return first.equals(Bibliography.FILE);
    }
    return !first.equals("target") && !first.equals("src") && !first.startsWith(".");
  }
}
