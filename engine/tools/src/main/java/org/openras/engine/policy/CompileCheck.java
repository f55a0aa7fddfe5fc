package org.openras.engine.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.openras.engine.catalogue.RuleSetManifest;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.catalogue.VersionHasher;
import org.openras.engine.compile.PrecompiledRuleBases;
import org.openras.engine.compile.RuleBaseCache;
import org.openras.engine.compile.RuleSetCompilationException;
import org.openras.engine.compile.RuleSetCompilationException.RuleFileError;
import org.openras.engine.directpayment.DirectPaymentArea;

/**
 * Compiles the version's rule files as the engine would, in a cache of its own, and turns each
 * compiler error (already mapped to the DRL file and line) into a finding. A version found among
 * the rule bases precompiled into the rules jar under its own hash compiled there and is not
 * compiled again. Only the rule files are compiled here: the parameter and questionnaire checks
 * report on the other files, each finding once.
 */
final class CompileCheck {
  private static final PrecompiledRuleBases PRECOMPILED =
      PrecompiledRuleBases.onClasspath(CompileCheck.class.getClassLoader());

  private CompileCheck() {}

  static void check(VersionFolder folder, List<Finding> out) {
    RuleSetSource source = folder.source();
    if (source.area().startsWith("councils/") || DirectPaymentArea.isOverlay(source.area())) {
      return; // a council overlay holds parameters only: nothing to compile
    }
    TreeMap<String, byte[]> ruleFiles = new TreeMap<>();
    source
        .files()
        .forEach(
            (name, bytes) -> {
              if (isRuleFile(name)) {
                ruleFiles.put(name, bytes);
              }
            });
    RuleSetSource rulesOnly = new RuleSetSource(source.area(), source.folder(), ruleFiles);
    RuleSetManifest manifest =
        new RuleSetManifest(
            source.area(),
            source.folder(),
            LocalDate.EPOCH,
            null,
            "validation",
            null,
            null,
            null,
            null,
            null,
            null);
    // A version compiled when the rules jar was built (its own hash, the same engine and Drools:
    // docs/adr/0017) is known to compile; compiling it again would only slow the service's start.
    if (PRECOMPILED
        .find(new RuleSetVersion(manifest, source, VersionHasher.hash(source), null))
        .isPresent()) {
      return;
    }
    RuleSetVersion version =
        new RuleSetVersion(manifest, rulesOnly, VersionHasher.hash(rulesOnly), null);
    try {
      new RuleBaseCache().get(version);
    } catch (RuleSetCompilationException e) {
      for (RuleFileError error : e.errors()) {
        out.add(
            Finding.error(
                error.file(),
                error.line(),
                "does not compile: " + error.message(),
                "correct the rule at this line; the version cannot run until it compiles"));
      }
    } catch (RuntimeException e) {
      out.add(
          Finding.error(
              source.location(),
              0,
              "the rules could not be compiled: " + e.getMessage(),
              "correct the rule files"));
    }
  }

  static boolean isRuleFile(String name) {
    return !name.startsWith("cases/")
        && (name.endsWith(".drl") || name.endsWith(".drl.xlsx") || name.endsWith(".drl.csv"));
  }
}
