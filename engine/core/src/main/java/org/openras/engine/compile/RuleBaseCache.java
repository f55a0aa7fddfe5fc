package org.openras.engine.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.InternalKieModuleProvider;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.util.PortablePath;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieContainer;
import org.kie.util.maven.support.ReleaseIdImpl;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.compile.RuleSetCompilationException.RuleFileError;
import org.openras.engine.params.ParameterSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles each rule-set version once, with the Drools executable model, and keeps it. Keyed by
 * area, version and content hash, so a changed folder is a different entry. Concurrent first
 * callers of one version wait for a single compilation. A version compiled when the rules jar was
 * built ({@link PrecompiledRuleBases}, found by the same hash) is loaded instead of compiled.
 */
public final class RuleBaseCache {
  private static final Logger LOG = LoggerFactory.getLogger(RuleBaseCache.class);
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");

  private final Map<String, FutureTask<CompiledRuleSet>> cache = new ConcurrentHashMap<>();
  private static final AtomicInteger COMPILATIONS_IN_JVM = new AtomicInteger();
  private final AtomicInteger compilations = new AtomicInteger();
  private final AtomicInteger loads = new AtomicInteger();
  private final PrecompiledRuleBases precompiled;

  /** A cache that loads the rule bases precompiled in a rules jar on the classpath, if any. */
  public RuleBaseCache() {
    this(PrecompiledRuleBases.onClasspath(RuleBaseCache.class.getClassLoader()));
  }

  /** A cache that loads versions found in {@code precompiled} and compiles the others. */
  public RuleBaseCache(PrecompiledRuleBases precompiled) {
    this.precompiled = precompiled;
  }

  /** The compiled version, compiling it first if no caller has yet. */
  public CompiledRuleSet get(RuleSetVersion version) {
    String key = version.area() + "/" + version.version() + "/" + version.hash();
    FutureTask<CompiledRuleSet> existing = cache.get(key);
    if (existing == null) {
      FutureTask<CompiledRuleSet> task = new FutureTask<>(() -> loadOrCompile(version));
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

  /**
   * How many compilations every cache in this JVM has run: what a start-up costs in compilations,
   * whichever component (the engine, a validation) asked for them.
   */
  public static int compilationsInJvm() {
    return COMPILATIONS_IN_JVM.get();
  }

  /** How many versions this cache has loaded precompiled, without compiling them. */
  public int loads() {
    return loads.get();
  }

  private CompiledRuleSet loadOrCompile(RuleSetVersion version) {
    Optional<byte[]> jar = precompiled.find(version);
    if (jar.isPresent()) {
      try {
        return load(version, jar.get());
      } catch (RuntimeException | LinkageError e) {
        LOG.warn(
            "Cannot load {} from {}; compiling it instead",
            version.label(),
            precompiled.describe(),
            e);
      }
    }
    compilations.incrementAndGet();
    COMPILATIONS_IN_JVM.incrementAndGet();
    return compile(version);
  }

  private CompiledRuleSet load(RuleSetVersion version, byte[] jar) {
    long started = System.nanoTime();
    ParameterSet parameters = ParameterSet.load(version);
    KieServices ks = KieServices.Factory.get();
    ReleaseId releaseId = releaseId(ks, version);
    // KieRepository.addKieModule(Resource) would read the bytes as a plain (DRL) module and
    // compile it again; the provider makes an executable-model module of the generated classes.
    MemoryFileSystem files = MemoryFileSystem.readFromJar(jar);
    ReleaseId found = ReleaseIdImpl.fromPropertiesString(files.findPomProperties());
    if (!releaseId.equals(found)) {
      throw new IllegalStateException(
          PrecompiledRuleBases.path(version) + " holds " + found + ", not " + releaseId);
    }
    // The rule files it was compiled from must be this version's, byte for byte.
    for (var file : version.source().files().entrySet()) {
      if (isRuleFile(file.getKey())
          && !Arrays.equals(
              file.getValue(),
              files.getBytes(PortablePath.of(resourcePath(version, file.getKey()))))) {
        throw new IllegalStateException(
            PrecompiledRuleBases.path(version) + " was compiled from another " + file.getKey());
      }
    }
    KieModuleModel model = ks.newKieModuleModel();
    KieBuilderImpl.setDefaultsforEmptyKieModule(model); // as the builder does without kmodule.xml
    InternalKieModule module = InternalKieModuleProvider.get(releaseId, model, files);
    if (!(module instanceof CanonicalKieModule)) {
      throw new IllegalStateException(
          PrecompiledRuleBases.path(version) + " holds no executable model");
    }
    ks.getRepository().addKieModule(module);
    CompiledRuleSet loaded = ready(version, ks.newKieContainer(releaseId), parameters);
    loads.incrementAndGet();
    LOG.info(
        "Loaded precompiled {} ({} rules) in {} ms",
        version.label(),
        loaded.ruleCount(),
        (System.nanoTime() - started) / 1_000_000);
    return loaded;
  }

  /**
   * Compiles a version with the executable model into a KieModule jar, as the rules module's build
   * does for every shipped version ({@link Precompile}); {@link #get} loads it from those bytes.
   *
   * @throws RuleSetCompilationException naming the file and line that does not compile
   */
  public static byte[] compileToJar(RuleSetVersion version) {
    KieServices ks = KieServices.Factory.get();
    KieBuilder builder = build(ks, version);
    try {
      return ((InternalKieModule) builder.getKieModule()).getBytes();
    } finally {
      ks.getRepository().removeKieModule(releaseId(ks, version));
    }
  }

  private CompiledRuleSet compile(RuleSetVersion version) {
    long started = System.nanoTime();
    ParameterSet parameters = ParameterSet.load(version);
    KieServices ks = KieServices.Factory.get();
    build(ks, version);
    CompiledRuleSet compiled =
        ready(version, ks.newKieContainer(releaseId(ks, version)), parameters);
    LOG.info(
        "Compiled {} ({} rules) in {} ms",
        version.label(),
        compiled.ruleCount(),
        (System.nanoTime() - started) / 1_000_000);
    return compiled;
  }

  private static ReleaseId releaseId(KieServices ks, RuleSetVersion version) {
    return ks.newReleaseId(
        "org.openras.rules",
        version.area().replace('/', '-'),
        version.version() + "-" + version.hash().substring(0, 16));
  }

  private static KieBuilder build(KieServices ks, RuleSetVersion version) {
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.generateAndWritePomXML(releaseId(ks, version));
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
      kfs.write("src/main/resources/" + resourcePath(version, name), file.getValue());
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
    return builder;
  }

  private static CompiledRuleSet ready(
      RuleSetVersion version, KieContainer container, ParameterSet parameters) {
    KieBase kieBase = container.getKieBase();
    int rules = 0;
    for (KiePackage p : kieBase.getKiePackages()) {
      rules += p.getRules().size();
    }
    // The pool grows on demand: the initial size is the sessions kept ready, not a limit.
    return new CompiledRuleSet(
        version, kieBase, container.newKieSessionsPool(4), parameters, rules);
  }

  /** Where a rule file of the version sits in the compiled module (its package's folder). */
  private static String resourcePath(RuleSetVersion version, String name) {
    return version.drlPackage().replace('.', '/') + "/" + name.replace('/', '_');
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
