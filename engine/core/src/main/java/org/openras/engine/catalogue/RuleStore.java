package org.openras.engine.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * Where rule-set versions come from: a directory (the {@code rules/} folder of a checkout, or one a
 * council configures) or the rules jar on the classpath, through the index generated at build time.
 */
public interface RuleStore {

  /** Every version folder in the store: any folder holding a {@code ruleset.yaml}. */
  List<RuleSetSource> versions();

  /** Says where the store reads from, for logs and health. */
  String describe();

  /** The bibliography's file name at the root of a store ({@code org.openras.engine.sources}). */
  String BIBLIOGRAPHY = "sources.yaml";

  /**
   * The store's bibliography ({@code sources.yaml} at its root) as bytes, when it has one; a store
   * held in memory has none.
   */
  default Optional<byte[]> bibliography() {
    return Optional.empty();
  }
}
