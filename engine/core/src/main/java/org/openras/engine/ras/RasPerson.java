package org.openras.engine.ras;

import org.openras.engine.request.PrimarySupportReason;

/** Fact: what the RAS needs to know of the person, their primary support reason. */
public final class RasPerson {
  private final PrimarySupportReason primarySupportReason;

  public RasPerson(PrimarySupportReason primarySupportReason) {
    this.primarySupportReason = primarySupportReason;
  }

  public PrimarySupportReason getPrimarySupportReason() {
    return primarySupportReason;
  }
}
