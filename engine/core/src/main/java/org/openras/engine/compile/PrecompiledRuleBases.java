package org.openras.engine.compile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.kie.api.KieServices;
import org.openras.engine.catalogue.RuleSetVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rule bases compiled when the rules jar was built (ADR 0017): for each shipped version, the Drools
 * KieModule jar its executable model compiles to, under {@code
 * openras-rules/compiled/<area>/<version>-<sha256>.jar}. A version is found only under its own
 * content hash, so a version whose files differ from the ones compiled (edited, a draft, a later
 * publication) finds nothing and is compiled afresh. The set also records the engine classes and
 * Drools release it was compiled against ({@code build.properties}); if either differs from the
 * running ones, none of it is used.
 */
public final class PrecompiledRuleBases {
  private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRuleBases.class);

  /** Where the precompiled rule bases sit on the classpath. */
  public static final String DIR = "openras-rules/compiled/";

  /** What they were compiled against: {@code engine} and {@code drools} fingerprints. */
  public static final String BUILD = DIR + "build.properties";

  /**
   * The system property that, set to {@code false}, turns precompiled rule bases off: every version
   * is compiled, as before ADR 0017 (to measure that, or to rule the precompiled set out).
   */
  public static final String SWITCH = "openras.rules.precompiled";

  static final String ENGINE_FINGERPRINT = "engine-classes.sha256";
  private static final String DROOLS_POM = "META-INF/maven/org.drools/drools-core/pom.properties";

  private static final PrecompiledRuleBases NONE = new PrecompiledRuleBases(null, "none");

  private final ClassLoader loader;
  private final String describe;

  private PrecompiledRuleBases(ClassLoader loader, String describe) {
    this.loader = loader;
    this.describe = describe;
  }

  /** No precompiled rule bases: every version is compiled. */
  public static PrecompiledRuleBases none() {
    return NONE;
  }

  /**
   * The rule bases in the rules jar on {@code loader}'s classpath, if it has them and they were
   * compiled against the engine classes and Drools release running now; otherwise {@link #none()}.
   */
  public static PrecompiledRuleBases onClasspath(ClassLoader loader) {
    if ("false".equalsIgnoreCase(System.getProperty(SWITCH))) {
      LOG.info("{}=false: every version will be compiled", SWITCH);
      return NONE;
    }
    Properties built = properties(loader, BUILD);
    if (built == null) {
      return NONE;
    }
    Properties running = fingerprints();
    if (!running.equals(built)) {
      LOG.warn(
          "The rule bases in {} were compiled against {}, but this is {}: every version will be"
              + " compiled at start instead",
          DIR,
          built,
          running);
      return NONE;
    }
    return new PrecompiledRuleBases(loader, "classpath " + DIR);
  }

  /** Where a version's precompiled KieModule jar sits: keyed by area, version and content hash. */
  public static String path(RuleSetVersion version) {
    return DIR + version.area() + "/" + version.version() + "-" + version.hash() + ".jar";
  }

  /** The precompiled KieModule jar for exactly this version (same hash), if there is one. */
  public Optional<byte[]> find(RuleSetVersion version) {
    if (loader == null) {
      return Optional.empty();
    }
    try (InputStream in = loader.getResourceAsStream(path(version))) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the rule bases come from, for logs. */
  public String describe() {
    return describe;
  }

  /**
   * What a compiled rule base depends on besides its own files: a SHA-256 over the engine's classes
   * (written when the engine is built) and the Drools release. An engine built without its
   * fingerprint gets a value that never matches, so nothing precompiled is trusted.
   */
  public static Properties fingerprints() {
    Properties p = new Properties();
    String engine = text(PrecompiledRuleBases.class.getResourceAsStream(ENGINE_FINGERPRINT));
    p.setProperty("engine", engine == null ? "unknown-" + System.nanoTime() : engine.strip());
    Properties drools = properties(KieServices.class.getClassLoader(), DROOLS_POM);
    p.setProperty(
        "drools", drools == null ? "unknown" : drools.getProperty("version", "unknown").strip());
    return p;
  }

  private static Properties properties(ClassLoader loader, String resource) {
    String text = loader == null ? null : text(loader.getResourceAsStream(resource));
    if (text == null) {
      return null;
    }
    Properties p = new Properties();
    try {
      p.load(new java.io.StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static String text(InputStream stream) {
    if (stream == null) {
      return null;
    }
    try (InputStream in = stream) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
