package org.openras.service.directpayment;

import java.util.UUID;

/** No imported statement has this id. */
public class DirectPaymentNotFoundException extends RuntimeException {
  final UUID id;

  DirectPaymentNotFoundException(UUID id) {
    super("No imported direct-payment statement has the id " + id);
    this.id = id;
  }
}
