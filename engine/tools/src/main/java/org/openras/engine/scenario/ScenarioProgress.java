package org.openras.engine.scenario;

/** Told after each batch is committed: lines done, and bytes read of the caseload's total. */
@FunctionalInterface
public interface ScenarioProgress {
  ScenarioProgress NONE = (lines, read, total) -> {};

  void update(long lines, long bytesRead, long bytesTotal);
}
