package org.openras.engine.eligibility;

/**
 * Fact: on what footing the RAS figure is given after the eligibility decision (one of the {@code
 * RasResult} basis values, or {@link #NO_FIGURE} when none is given), with the rule's words.
 */
public final class RasBasis {
  /** The adult is not eligible and the request did not ask for the figure: none is given. */
  public static final String NO_FIGURE = "NOT_ELIGIBLE_NO_FIGURE";

  private final String basis;
  private final String statement;

  public RasBasis(String basis, String statement) {
    this.basis = basis;
    this.statement = statement;
  }

  public String getBasis() {
    return basis;
  }

  public boolean givesFigure() {
    return !NO_FIGURE.equals(basis);
  }

  public String getStatement() {
    return statement;
  }
}
