package org.openras.benchmarks;

import org.openras.benchmarks.reference.PlainJavaCalculation;
import org.openras.benchmarks.reference.PlainJavaRas;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.ClasspathRuleStore;

/** One engine and one reference over the rules jar, shared by the tests so each compiles once. */
final class Both {
  static final OpenRasEngine ENGINE = OpenRasEngine.load(new ClasspathRuleStore());
  static final PlainJavaRas REFERENCE = PlainJavaRas.fromClasspath();
  static final PlainJavaCalculation WHOLE = PlainJavaCalculation.fromClasspath();

  private Both() {}
}
