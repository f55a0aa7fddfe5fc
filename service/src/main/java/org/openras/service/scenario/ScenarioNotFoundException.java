package org.openras.service.scenario;

/** No scenario job with this id (404). */
public class ScenarioNotFoundException extends RuntimeException {
  ScenarioNotFoundException(String id) {
    super("No scenario " + id + " is known to this service");
  }
}
