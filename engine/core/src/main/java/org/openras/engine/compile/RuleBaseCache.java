package org.openras.engine.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieContainer;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.compile.RuleSetCompilationException.RuleFileError;
import org.openras.engine.params.ParameterSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles each rule-set version once, with the Drools executable model, and keeps it. Keyed by
 * area, version and content hash, so a changed folder is a different entry. Concurrent first
 * callers of one version wait for a single compilation.
 */
public final class RuleBaseCache {
  private static final Logger LOG = LoggerFactory.getLogger(RuleBaseCache.class);
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");

  private final Map<String, FutureTask<CompiledRuleSet>> cache = new ConcurrentHashMap<>();
  private final AtomicInteger compilations = new AtomicInteger();

  /** The compiled version, compiling it first if no caller has yet. */
  public CompiledRuleSet get(RuleSetVersion version) {
    String key = version.area() + "/" + version.version() + "/" + version.hash();
    FutureTask<CompiledRuleSet> existing = cache.get(key);
    if (existing == null) {
      FutureTask<CompiledRuleSet> task = new FutureTask<>(() -> compile(version));
      existing = cache.putIfAbsent(key, task);
      if (existing == null) {
        existing = task;
        task.run();
      }
    }
    try {
      return existing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while compiling " + version.label(), e);
    } catch (ExecutionException | CancellationException e) {
      cache.remove(key, existing);
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("Cannot compile " + version.label(), cause);
    }
  }

  /** How many compilations this cache has run (each version once, unless one failed). */
  public int compilations() {
    return compilations.get();
  }

  private CompiledRuleSet compile(RuleSetVersion version) {
    compilations.incrementAndGet();
    long started = System.nanoTime();
    ParameterSet parameters = ParameterSet.load(version);
    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    ReleaseId releaseId =
        ks.newReleaseId(
            "org.openras.rules",
            version.area().replace('/', '-'),
            version.version() + "-" + version.hash().substring(0, 16));
    kfs.generateAndWritePomXML(releaseId);
    String resourceDir = "src/main/resources/" + version.drlPackage().replace('.', '/') + "/";
    List<RuleFileError> errors = new ArrayList<>();
    int ruleFiles = 0;
    for (var file : version.source().files().entrySet()) {
      String name = file.getKey();
      if (!isRuleFile(name)) {
        continue;
      }
      ruleFiles++;
      if (name.endsWith(".drl")) {
        checkPackage(
            version,
            name,
            new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8),
            errors);
      }
      kfs.write(resourceDir + name.replace('/', '_'), file.getValue());
    }
    if (ruleFiles == 0) {
      errors.add(new RuleFileError(version.source().location(), 0, "the version has no .drl file"));
    }
    if (!errors.isEmpty()) {
      throw new RuleSetCompilationException(version.area(), version.version(), errors);
    }
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    errors.addAll(
        GeneratedSourceErrors.map(version, builder.getResults().getMessages(Message.Level.ERROR)));
    if (!errors.isEmpty()) {
      throw new RuleSetCompilationException(version.area(), version.version(), errors);
    }
    KieContainer container = ks.newKieContainer(releaseId);
    KieBase kieBase = container.getKieBase();
    int rules = 0;
    for (KiePackage p : kieBase.getKiePackages()) {
      rules += p.getRules().size();
    }
    LOG.info(
        "Compiled {} ({} rules) in {} ms",
        version.label(),
        rules,
        (System.nanoTime() - started) / 1_000_000);
    // The pool grows on demand: the initial size is the sessions kept ready, not a limit.
    return new CompiledRuleSet(
        version, kieBase, container.newKieSessionsPool(4), parameters, rules);
  }

  static boolean isRuleFile(String name) {
    return !name.startsWith("cases/")
        && (name.endsWith(".drl") || name.endsWith(".drl.xlsx") || name.endsWith(".drl.csv"));
  }

  private static void checkPackage(
      RuleSetVersion version, String name, String text, List<RuleFileError> errors) {
    Matcher m = PACKAGE.matcher(text);
    String file = version.source().location() + "/" + name;
    if (!m.find()) {
      errors.add(
          new RuleFileError(file, 1, "add 'package " + version.drlPackage() + ";' at the top"));
    } else if (!m.group(1).equals(version.drlPackage())) {
      int line = (int) text.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
      errors.add(
          new RuleFileError(
              file,
              line,
              "the package is '"
                  + m.group(1)
                  + "' but this folder's rules must be in package '"
                  + version.drlPackage()
                  + "'"));
    }
  }
}
