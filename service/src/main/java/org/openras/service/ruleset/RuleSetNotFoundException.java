package org.openras.service.ruleset;

import java.util.List;

/** The service serves no such area, or no such version of it (404), naming what it does serve. */
public class RuleSetNotFoundException extends RuntimeException {
  final String area;
  final String version;
  final List<String> served;

  RuleSetNotFoundException(String area, String version, List<String> served) {
    super(
        (version == null
                ? "The service serves no area " + area + "; areas: "
                : "The service serves no " + area + " version " + version + "; versions: ")
            + String.join(", ", served));
    this.area = area;
    this.version = version;
    this.served = List.copyOf(served);
  }
}
