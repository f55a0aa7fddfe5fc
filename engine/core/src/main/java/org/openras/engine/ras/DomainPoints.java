package org.openras.engine.ras;

/** Fact: the points a domain's answer scores, before unpaid support is taken into account. */
public final class DomainPoints {
  private final String domain;
  private final int points;

  public DomainPoints(String domain, int points) {
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
