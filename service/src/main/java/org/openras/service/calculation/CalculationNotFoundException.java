package org.openras.service.calculation;

import java.util.UUID;

/** No audit record has this calculation id. */
public class CalculationNotFoundException extends RuntimeException {
  private final transient UUID id;

  public CalculationNotFoundException(UUID id) {
    super("No calculation has the id " + id);
    this.id = id;
  }

  public UUID id() {
    return id;
  }
}
