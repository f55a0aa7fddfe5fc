package org.openras.engine;

import java.nio.file.Path;
import org.openras.engine.catalogue.DirectoryRuleStore;

/** The shipped rule sets, read from the checkout's rules/ folder, shared by the engine's tests. */
public final class TestRules {
  public static final Path DIR = Path.of("..", "..", "rules").toAbsolutePath().normalize();
  private static volatile OpenRasEngine engine;

  private TestRules() {}

  /** One engine over the shipped rules for the whole test run, so each version compiles once. */
  public static OpenRasEngine engine() {
    if (engine == null) {
      synchronized (TestRules.class) {
        if (engine == null) {
          engine = OpenRasEngine.load(new DirectoryRuleStore(DIR));
        }
      }
    }
    return engine;
  }
}
