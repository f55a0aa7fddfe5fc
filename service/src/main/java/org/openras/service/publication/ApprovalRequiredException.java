package org.openras.service.publication;

/**
 * A one-step publication or withdrawal where two people are required (409, docs/adr/0028): one
 * policy officer proposes, another approves.
 */
public class ApprovalRequiredException extends RuntimeException {
  final String area;
  final String version;

  ApprovalRequiredException(String area, String version, String what) {
    super(
        "To "
            + what
            + " "
            + area
            + "/"
            + version
            + " one policy officer proposes it and another approves it: propose it with POST"
            + " /api/v1/rulesets/"
            + area.replace('/', '~')
            + "/"
            + version
            + "/proposals (openras.publication.approvers-required is 2)");
    this.area = area;
    this.version = version;
  }
}
