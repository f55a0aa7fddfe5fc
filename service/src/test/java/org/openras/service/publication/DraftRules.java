package org.openras.service.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A rules folder for a test: a copy of the shipped rules, to which drafts are added as a policy
 * officer would, by copying a version and changing its dates.
 */
public final class DraftRules {
  static final Path SHIPPED = Path.of("..", "rules").toAbsolutePath().normalize();

  private DraftRules() {}

  /**
   * Copies every shipped version folder (not the rules module's sources), and the bibliography the
   * versions cite, under {@code target}.
   */
  public static Path copyShipped(Path target) {
    try (Stream<Path> all = Files.walk(SHIPPED)) {
      Files.createDirectories(target);
      Files.copy(SHIPPED.resolve("sources.yaml"), target.resolve("sources.yaml"));
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        Path rel = SHIPPED.relativize(p);
        String first = rel.getName(0).toString();
        if (first.equals("src") || first.equals("target") || rel.getNameCount() < 3) {
          continue;
        }
        Path to = target.resolve(rel.toString());
        Files.createDirectories(to.getParent());
        Files.copy(p, to);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A new RAS version {@code version} (yyyy-MM-dd, also its first day) as a copy of ras/2025-04-01
   * whose cases are assessed on {@code caseDay}; {@code drlExtra} is appended to its rules.
   */
  public static Path draftRas(Path rules, String version, String caseDay, String drlExtra) {
    Path from = rules.resolve("ras").resolve("2025-04-01");
    Path to = rules.resolve("ras").resolve(version);
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        Files.createDirectories(target.getParent());
        String name = p.getFileName().toString();
        String text = Files.readString(p, StandardCharsets.UTF_8);
        if (name.equals("ruleset.yaml") || p.getParent().getFileName().toString().equals("cases")) {
          text =
              text.replace("2025-04-01", version)
                  .replace("2025-06-01", caseDay)
                  .replace("supersedes: 2024-04-01", "supersedes: 2025-04-01");
        } else if (name.endsWith(".drl")) {
          text = text.replace("v2025_04_01", "v" + version.replace('-', '_')) + drlExtra;
        }
        Files.writeString(target, text, StandardCharsets.UTF_8);
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
