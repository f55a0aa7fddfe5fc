package org.openras.service.forecast;

/** The forecast has no report: it is still running, or it failed (409). */
class ForecastNotReadyException extends RuntimeException {
  ForecastNotReadyException(String id, ForecastJob.State state) {
    super(
        "Forecast "
            + id
            + " is "
            + state
            + ": it has no report"
            + (state == ForecastJob.State.FAILED ? "" : " yet"));
  }
}
