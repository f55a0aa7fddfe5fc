package org.openras.service.ruleset;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;
import org.springframework.stereotype.Component;

/**
 * The rule sets the service serves, written once into a temporary folder ({@code
 * <folder>/<area>/<version>/...}), for the checks that read a version folder from disk. The service
 * may serve them from the rules jar, which has no folder; written once, because the served set does
 * not change while the service runs.
 */
@Component
public class ServedRulesFolder {
  private final OpenRasEngine engine;
  private Path folder;

  ServedRulesFolder(OpenRasEngine engine) {
    this.engine = engine;
  }

  /** The folder of a served version, {@code <folder>/<area>/<version>}, written on first use. */
  public synchronized Path version(String area, String version) {
    if (folder == null) {
      try {
        Path written = Files.createTempDirectory("openras-served-rules-");
        materialise(engine.catalogue(), written);
        folder = written;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the served rule sets to a folder", e);
      }
    }
    return folder.resolve(area).resolve(version);
  }

  /** Writes every version of {@code catalogue} under {@code target}, as a rules folder has them. */
  public static void materialise(RuleSetCatalogue catalogue, Path target) throws IOException {
    for (RuleSetVersion v : catalogue.all()) {
      Path dir = target.resolve(v.area()).resolve(v.version());
      for (var file : v.source().files().entrySet()) {
        Path path = dir.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.write(path, file.getValue());
      }
    }
  }

  @PreDestroy
  synchronized void delete() throws IOException {
    if (folder == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
    folder = null;
  }
}
