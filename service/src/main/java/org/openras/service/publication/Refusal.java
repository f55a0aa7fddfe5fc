package org.openras.service.publication;

/**
 * A version (or the log itself, as {@code publication log}) the service will not serve, and why.
 *
 * @param version {@code area/version}, or {@code publication log}
 * @param problem what is wrong
 */
public record Refusal(String version, String problem) {
  @Override
  public String toString() {
    return version + ": " + problem;
  }
}
