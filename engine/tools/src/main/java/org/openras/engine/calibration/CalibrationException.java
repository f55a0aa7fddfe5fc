package org.openras.engine.calibration;

import org.openras.engine.OpenRasException;

/**
 * A calibration that cannot be fitted or written: too few people, no spread in points, a group with
 * no rows, an intercept fit asked to become a price per point. The message says what to do.
 */
public class CalibrationException extends OpenRasException {
  public CalibrationException(String message) {
    super(message);
  }
}
