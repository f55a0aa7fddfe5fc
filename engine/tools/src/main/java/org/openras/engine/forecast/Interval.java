package org.openras.engine.forecast;

/**
 * A forecast with its prediction interval, in people.
 *
 * @param point the forecast (for a log-linear trend, the back-transformed median)
 * @param lower the interval's lower end
 * @param upper the interval's upper end
 */
public record Interval(double point, double lower, double upper) {

  Interval times(double factor) {
    return new Interval(point * factor, lower * factor, upper * factor);
  }

  /** Whether {@code value} lies within the interval, both ends included. */
  public boolean covers(double value) {
    return value >= lower && value <= upper;
  }
}
