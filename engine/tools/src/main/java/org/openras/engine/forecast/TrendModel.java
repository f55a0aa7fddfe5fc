package org.openras.engine.forecast;

/**
 * The trends fitted to a client group's monthly count of people, by ordinary least squares on the
 * month number t (0 for the history's first month).
 */
public enum TrendModel {
  /** people = a + b t: a steady number more (or fewer) each month. */
  LINEAR,
  /**
   * log(people) = a + b t, so people = e^a e^(bt): a steady percentage more (or fewer) each month.
   * Needs every month's count above zero.
   */
  LOG_LINEAR
}
