package org.openras.engine.ras;

/**
 * Fact: a domain's points after the informal-support deflator (or unchanged where none applies).
 */
public final class DeflatedPoints {
  private final String domain;
  private final int points;

  public DeflatedPoints(String domain, int points) {
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
