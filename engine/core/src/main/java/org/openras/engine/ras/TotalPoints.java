package org.openras.engine.ras;

/** Fact: the sum of every domain's points after deflation. */
public final class TotalPoints {
  private final int points;

  public TotalPoints(int points) {
    this.points = points;
  }

  public int getPoints() {
    return points;
  }
}
