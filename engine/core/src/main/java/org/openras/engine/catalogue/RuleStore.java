package org.openras.engine.catalogue;

import java.util.List;

/**
 * Where rule-set versions come from: a directory (the {@code rules/} folder of a checkout, or one a
 * council configures) or the rules jar on the classpath, through the index generated at build time.
 */
public interface RuleStore {

  /** Every version folder in the store: any folder holding a {@code ruleset.yaml}. */
  List<RuleSetSource> versions();

  /** Says where the store reads from, for logs and health. */
  String describe();
}
