package org.openras.service.publication;

/**
 * The draft's files changed after it was proposed (409): what was reviewed is not what would be
 * published, so the proposal is stale (docs/adr/0028).
 */
public class ContentChangedException extends PublicationConflictException {
  private final String expectedHash;
  private final String actualHash;

  ContentChangedException(String area, String version, String expectedHash, String actualHash) {
    super(
        area,
        version,
        VersionState.State.DRAFT,
        area
            + "/"
            + version
            + " changed after it was proposed (hash "
            + actualHash
            + ", proposed "
            + expectedHash
            + ")");
    this.expectedHash = expectedHash;
    this.actualHash = actualHash;
  }

  public String expectedHash() {
    return expectedHash;
  }

  public String actualHash() {
    return actualHash;
  }
}
