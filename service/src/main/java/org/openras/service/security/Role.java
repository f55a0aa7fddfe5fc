package org.openras.service.security;

/** The roles of DESIGN.md §5. */
public enum Role {
  /** A social worker or assessor: runs calculations and reads their records. */
  ASSESSOR,
  /** Finance staff: scenarios and calibrations. */
  FINANCE,
  /** Policy staff: rule-set validation, diffs, publishing. */
  POLICY,
  /** An auditor: reads records, verifies the chain, replays calculations. */
  AUDITOR,
  /**
   * A funding panel member: approves or refuses proposed agreed budgets that need a second person
   * (above the ceiling, or further from the indicative figure than the tolerance; docs/adr/0027).
   */
  PANEL
}
