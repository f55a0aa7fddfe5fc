package org.openras.service.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openras.engine.catalogue.MemoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.policy.Finding;
import org.openras.engine.policy.Validation;
import org.openras.engine.policy.VersionValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates every version the service is about to serve, at start-up and on each reload, with the
 * same checks as {@code POST /api/v1/rulesets/validate} and the CLI (issue 10: "validate at service
 * start-up"): a version with an error is refused, naming the file and line and what to do; a
 * warning is logged. A version's findings depend only on its files and those of the other versions
 * of its area, so they are kept by those hashes and a version is validated once per JVM.
 */
final class ServedValidation {
  private static final Logger log = LoggerFactory.getLogger(ServedValidation.class);
  private static final Map<String, List<Finding>> FOUND = new ConcurrentHashMap<>();

  private ServedValidation() {}

  /**
   * @throws RefusedSetException naming every error found in any version of {@code store}
   */
  static void requireValid(MemoryRuleStore store) {
    RuleSetCatalogue catalogue = RuleSetCatalogue.load(store);
    List<RuleSetVersion> unchecked =
        catalogue.all().stream().filter(v -> !FOUND.containsKey(key(catalogue, v))).toList();
    if (!unchecked.isEmpty()) {
      validate(store, catalogue, unchecked);
    }
    List<Refusal> refused = new ArrayList<>();
    for (RuleSetVersion v : catalogue.all()) {
      for (Finding f : FOUND.get(key(catalogue, v))) {
        if (f.isError()) {
          refused.add(new Refusal(v.area() + "/" + v.version(), f.toString()));
        }
      }
    }
    if (!refused.isEmpty()) {
      throw new RefusedSetException(refused);
    }
  }

  private static void validate(
      MemoryRuleStore store, RuleSetCatalogue catalogue, List<RuleSetVersion> versions) {
    Path folder = null;
    try {
      folder = Files.createTempDirectory("openras-served-");
      store.writeTo(folder);
      for (RuleSetVersion v : versions) {
        Validation found = VersionValidator.validate(folder.resolve(v.area()).resolve(v.version()));
        for (Finding f : found.findings()) {
          if (!f.isError()) {
            log.warn("{}/{}: {}", v.area(), v.version(), f);
          }
        }
        FOUND.put(key(catalogue, v), found.findings());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the served rule sets to a folder", e);
    } finally {
      delete(folder);
    }
  }

  /** The version's hash and its area's other versions' hashes (the period check reads them). */
  private static String key(RuleSetCatalogue catalogue, RuleSetVersion v) {
    return v.area()
        + "/"
        + v.version()
        + "@"
        + v.hash()
        + " beside "
        + catalogue.versions(v.area()).stream()
            .map(RuleSetVersion::hash)
            .collect(Collectors.joining(","));
  }

  static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      log.warn("Could not delete the temporary folder {}", folder, e);
    }
  }
}
