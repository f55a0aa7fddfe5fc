package org.openras.service.forecast;

/** No forecast has this id (404). */
class ForecastNotFoundException extends RuntimeException {
  ForecastNotFoundException(String id) {
    super("No forecast " + id + " is kept; it may have been deleted or its retention run out");
  }
}
