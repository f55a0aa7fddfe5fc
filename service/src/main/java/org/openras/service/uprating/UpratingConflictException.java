package org.openras.service.uprating;

/** The draft cannot be made or changed as asked: its version exists, or it is published. */
public class UpratingConflictException extends RuntimeException {
  UpratingConflictException(String message) {
    super(message);
  }
}
