package org.openras.service.agreed;

import java.util.UUID;

/** No agreed budget has this id (404). */
public class AgreedBudgetNotFoundException extends RuntimeException {
  final UUID id;

  AgreedBudgetNotFoundException(UUID id) {
    super("No agreed budget has the id " + id);
    this.id = id;
  }
}
