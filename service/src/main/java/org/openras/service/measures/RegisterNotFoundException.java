package org.openras.service.measures;

/** No register has this id (never kept, deleted, or past its retention). */
class RegisterNotFoundException extends RuntimeException {
  RegisterNotFoundException(String id) {
    super("No register has the id " + id + " (it may have been deleted or passed its retention).");
  }
}
