package org.openras.service.calibration;

/** No calibration with this id (404). */
public class CalibrationNotFoundException extends RuntimeException {
  CalibrationNotFoundException(String id) {
    super("No calibration " + id + " is kept by this service");
  }
}
