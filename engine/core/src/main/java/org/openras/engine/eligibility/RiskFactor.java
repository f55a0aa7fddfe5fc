package org.openras.engine.eligibility;

/** Fact: a FACS risk factor recorded for the person, with the band it belongs to and its rank. */
public final class RiskFactor {
  private final String code;
  private final String band;
  private final int rank;

  public RiskFactor(String code, String band, int rank) {
    this.code = code;
    this.band = band;
    this.rank = rank;
  }

  public String getCode() {
    return code;
  }

  public String getBand() {
    return band;
  }

  /** The band's rank: low 1, moderate 2, substantial 3, critical 4 (higher is more serious). */
  public int getRank() {
    return rank;
  }
}
