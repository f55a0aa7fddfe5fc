package org.openras.service.publication;

import java.util.List;
import org.openras.engine.policy.Finding;

/** A version that failed its checks before publication (422): every finding; nothing written. */
public class VersionNotPublishableException extends RuntimeException {
  final String area;
  final String version;
  final transient List<Finding> findings;

  VersionNotPublishableException(String area, String version, List<Finding> findings) {
    super(
        area
            + "/"
            + version
            + " cannot be published: "
            + findings.size()
            + " finding(s); nothing was written. First: "
            + findings.get(0));
    this.area = area;
    this.version = version;
    this.findings = List.copyOf(findings);
  }

  /** What the checks found, each with its file and line and what to do. */
  public List<Finding> findings() {
    return findings;
  }
}
