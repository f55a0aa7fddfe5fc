package org.openras.engine.adjustment;

/** Fact: a domain's points after deflation, which a domain uplift prices again. */
public final class DomainToAdjust {
  private final String domain;
  private final int points;

  public DomainToAdjust(String domain, int points) {
    this.domain = domain;
    this.points = points;
  }

  public String getDomain() {
    return domain;
  }

  public int getPoints() {
    return points;
  }
}
