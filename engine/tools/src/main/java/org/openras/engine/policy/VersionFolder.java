package org.openras.engine.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.directpayment.DirectPaymentArea;

/**
 * A version folder on disk, {@code <store>/<area>/<version>} (or {@code
 * <store>/councils/<council>/<version>}), read as the rule store would read it, with the other
 * versions of its area beside it.
 */
record VersionFolder(Path store, RuleSetSource source, List<RuleSetSource> siblings) {

  static VersionFolder read(Path folder) {
    Path dir = folder.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir) || dir.getParent() == null) {
      throw new IllegalArgumentException(folder + " is not a rule-set version folder");
    }
    Path areaDir = dir.getParent();
    Path store = areaDir.getParent();
    String area = areaDir.getFileName().toString();
    // A council's overlay: councils/<council>/ (charging) or directpayments-councils/<council>/.
    if (store != null
        && store.getFileName() != null
        && (store.getFileName().toString().equals("councils")
            || (store.getFileName().toString() + "/").equals(DirectPaymentArea.OVERLAY_PREFIX))) {
      area = store.getFileName().toString() + "/" + area;
      store = store.getParent();
    }
    List<RuleSetSource> siblings = new ArrayList<>();
    try (Stream<Path> others = Files.list(areaDir)) {
      for (Path other : others.sorted().toList()) {
        if (!other.equals(dir) && Files.isRegularFile(other.resolve(RuleSetCatalogue.MANIFEST))) {
          siblings.add(source(area, other));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new VersionFolder(store, source(area, dir), siblings);
  }

  static RuleSetSource source(String area, Path dir) {
    TreeMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + dir, e);
    }
    return new RuleSetSource(area, dir.getFileName().toString(), files);
  }

  /** Where a file of the version lives, for findings: {@code ras/2026-04-01/parameters.yaml}. */
  String file(String relative) {
    return source.location() + "/" + relative;
  }
}
