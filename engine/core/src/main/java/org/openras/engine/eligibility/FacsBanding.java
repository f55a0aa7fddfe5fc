package org.openras.engine.eligibility;

import java.util.List;

/**
 * Fact: the person's FACS band, the highest band in which a risk factor is recorded (null with rank
 * 0 when none is), and the risk factors that placed them there.
 */
public final class FacsBanding {
  private final String band;
  private final int rank;
  private final List<String> riskFactors;

  public FacsBanding(String band, int rank, List<String> riskFactors) {
    this.band = band;
    this.rank = rank;
    this.riskFactors = List.copyOf(riskFactors);
  }

  public String getBand() {
    return band;
  }

  public int getRank() {
    return rank;
  }

  public List<String> getRiskFactors() {
    return riskFactors;
  }
}
