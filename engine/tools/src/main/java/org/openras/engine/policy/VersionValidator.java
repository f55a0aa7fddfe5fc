package org.openras.engine.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.openras.engine.catalogue.ClasspathRuleStore;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.RuleSetManifest;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.catalogue.VersionHasher;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.ras.Questionnaire;
import org.openras.engine.sources.Bibliography;
import tools.jackson.databind.JsonNode;

/**
 * Validates a rule-set version folder before it is published: the manifest is complete, its period
 * fits the other versions of its area, every rule has an id, a sentence and a source, the rules
 * compile, a version in named stages uses exactly its stages and no salience, eval or figure
 * matched by name, every parameter has a unit, a period and a reference, keyed tables have the keys
 * the engine needs, the points table is whole, and every citation resolves in the bibliography.
 * Reports every finding; never stops at the first.
 */
public final class VersionValidator {
  private VersionValidator() {}

  /**
   * @param folder {@code <store>/<area>/<version>}; the other versions of the area are read from
   *     beside it
   * @throws IllegalArgumentException when {@code folder} is not a folder
   */
  public static Validation validate(Path folder) {
    VersionFolder v = VersionFolder.read(folder);
    return validate(v, () -> bibliographyFor(v.store()));
  }

  /**
   * As {@link #validate(Path)}, resolving citations in {@code bibliography} instead of the one at
   * the root of the folder's store.
   */
  public static Validation validate(Path folder, Bibliography bibliography) {
    return validate(VersionFolder.read(folder), () -> bibliography);
  }

  /**
   * The bibliography at the root of {@code store} ({@code sources.yaml}); for a store without one
   * (a copy written from memory, as the service checks versions), the rules jar's when it is on the
   * classpath; otherwise none, and every version is refused for it.
   */
  public static Bibliography bibliographyFor(Path store) {
    if (store != null && Files.isRegularFile(store.resolve(Bibliography.FILE))) {
      return Bibliography.of(new DirectoryRuleStore(store));
    }
    ClasspathRuleStore jar = new ClasspathRuleStore();
    return jar.isPresent() ? Bibliography.of(jar) : Bibliography.empty();
  }

  private static Validation validate(VersionFolder v, Supplier<Bibliography> bibliography) {
    List<Finding> out = new ArrayList<>();
    RuleSetManifest manifest = ManifestCheck.check(v, out);
    guarded(v, out, o -> PeriodCheck.check(v, manifest, o));
    guarded(v, out, o -> RuleCheck.check(v, o));
    guarded(v, out, o -> StageCheck.check(v, manifest, o));
    guarded(v, out, o -> CitationCheck.check(v, bibliography.get(), o));
    guarded(v, out, o -> CompileCheck.check(v, o));
    guarded(
        v,
        out,
        o -> {
          int before = o.size();
          JsonNode parameters = ParameterCheck.check(v, manifest, o);
          KeyedTableCheck.check(v, parameters, o);
          if (o.stream().skip(before).noneMatch(Finding::isError)) {
            readAsTheEngineDoes(v, () -> ParameterSet.load(version(v)), o);
          }
        });
    guarded(
        v,
        out,
        o -> {
          int before = o.size();
          QuestionnaireCheck.check(v, o);
          if (v.source().has(Questionnaire.FILE)
              && o.stream().skip(before).noneMatch(Finding::isError)) {
            readAsTheEngineDoes(v, () -> Questionnaire.load(version(v)), o);
          }
        });
    out.sort(
        Comparator.comparing((Finding f) -> f.severity())
            .thenComparing(Finding::file)
            .thenComparingInt(Finding::line));
    return new Validation(v.source().location(), out);
  }

  /** A check that fails unexpectedly becomes a finding, so the others still run. */
  private static void guarded(VersionFolder v, List<Finding> out, Consumer<List<Finding>> check) {
    try {
      check.accept(out);
    } catch (RuntimeException e) {
      out.add(
          Finding.error(
              v.source().location(),
              0,
              "the version could not be checked: " + e,
              "correct the files named above, then validate again"));
    }
  }

  /** Anything the engine's own readers still refuse, after the checks above found nothing. */
  private static void readAsTheEngineDoes(VersionFolder v, Runnable read, List<Finding> out) {
    try {
      read.run();
    } catch (InvalidRuleSetException e) {
      out.add(Finding.error(e.file(), 0, e.getMessage(), "correct the file as the message says"));
    }
  }

  private static RuleSetVersion version(VersionFolder v) {
    RuleSetManifest m =
        new RuleSetManifest(
            v.source().area(),
            v.source().folder(),
            LocalDate.EPOCH,
            null,
            "validation",
            null,
            null,
            null,
            null,
            null,
            null);
    return new RuleSetVersion(m, v.source(), VersionHasher.hash(v.source()), null);
  }
}
