package org.openras.engine.eligibility;

/**
 * Fact, present only when the request also asks for a RAS figure (it carries {@code needs}):
 * whether the figure is wanted even for a person found not eligible.
 */
public final class RasRequest {
  private final boolean wantedWhenNotEligible;

  public RasRequest(boolean wantedWhenNotEligible) {
    this.wantedWhenNotEligible = wantedWhenNotEligible;
  }

  public boolean isWantedWhenNotEligible() {
    return wantedWhenNotEligible;
  }
}
