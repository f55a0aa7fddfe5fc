package org.openras.engine.ras;

import java.math.BigDecimal;

/** Fact: the answer level given for one domain, and the share of it unpaid carers meet. */
public final class DomainAnswer {
  private final String domain;
  private final int level;
  private final boolean deflatable;
  private final BigDecimal informalSupportShare;

  public DomainAnswer(
      String domain, int level, boolean deflatable, BigDecimal informalSupportShare) {
    this.domain = domain;
    this.level = level;
    this.deflatable = deflatable;
    this.informalSupportShare = informalSupportShare;
  }

  public String getDomain() {
    return domain;
  }

  public int getLevel() {
    return level;
  }

  public boolean isDeflatable() {
    return deflatable;
  }

  public BigDecimal getInformalSupportShare() {
    return informalSupportShare;
  }
}
