package org.openras.service.publication;

/** The log does not allow this step for the version as it stands (409), saying what to do. */
public class PublicationConflictException extends RuntimeException {
  final String area;
  final String version;
  final VersionState.State state;

  PublicationConflictException(
      String area, String version, VersionState.State state, String message) {
    super(message);
    this.area = area;
    this.version = version;
    this.state = state;
  }
}
