package org.openras.service.scenario;

/** The scenario has not finished, so there is no report yet (409). */
public class ReportNotReadyException extends RuntimeException {
  ReportNotReadyException(String id, String state) {
    super("Scenario " + id + " is " + state + ": its report is written when it has finished");
  }
}
