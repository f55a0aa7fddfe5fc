package org.openras.service.scenario;

/** No caseload with this id is kept (404). */
public class CaseloadNotFoundException extends RuntimeException {
  final String id;

  CaseloadNotFoundException(String id) {
    super("No caseload " + id + " is kept; upload one or generate one first");
    this.id = id;
  }
}
