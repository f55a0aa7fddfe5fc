package org.openras.engine.compile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;

/**
 * The rules module's build step (ADR 0017): compiles every version in a rules folder that has rules
 * and writes its KieModule jar where {@link PrecompiledRuleBases} finds it, with the engine and
 * Drools fingerprints it was compiled against. A version that does not compile fails the build,
 * naming the file and line.
 *
 * <p>Usage: {@code Precompile <rules folder> <output folder>}; the output folder is emptied first.
 */
public final class Precompile {
  private Precompile() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: Precompile <rules folder> <output folder>");
    }
    List<Path> written = run(Path.of(args[0]), Path.of(args[1]));
    System.out.println("Precompiled " + written.size() + " rule-set version(s) into " + args[1]);
  }

  /** Compiles every version with rules under {@code rules} into {@code out}; the jars written. */
  public static List<Path> run(Path rules, Path out) throws IOException {
    deleteRecursively(out);
    Files.createDirectories(out);
    RuleSetCatalogue catalogue = RuleSetCatalogue.load(new DirectoryRuleStore(rules));
    List<Path> written = new java.util.ArrayList<>();
    for (RuleSetVersion version : catalogue.all()) {
      if (version.source().files().keySet().stream().noneMatch(RuleBaseCache::isRuleFile)) {
        continue; // council overlays hold parameters only
      }
      long started = System.nanoTime();
      byte[] jar = RuleBaseCache.compileToJar(version);
      Path file =
          out.resolve(
              PrecompiledRuleBases.path(version).substring(PrecompiledRuleBases.DIR.length()));
      Files.createDirectories(file.getParent());
      Files.write(file, jar);
      written.add(file);
      System.out.printf(
          "Precompiled %s into %s (%d bytes) in %d ms%n",
          version.label(),
          out.relativize(file),
          jar.length,
          (System.nanoTime() - started) / 1_000_000);
    }
    Path build =
        out.resolve(PrecompiledRuleBases.BUILD.substring(PrecompiledRuleBases.DIR.length()));
    try (OutputStream o = Files.newOutputStream(build)) {
      PrecompiledRuleBases.fingerprints()
          .store(o, "What the rule bases here were compiled against (ADR 0017)");
    }
    return written;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
