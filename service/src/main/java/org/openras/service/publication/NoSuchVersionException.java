package org.openras.service.publication;

import java.util.List;

/** Neither the rule store nor the publication log has this version (404), naming what there is. */
public class NoSuchVersionException extends RuntimeException {
  final String area;
  final String version;
  final transient List<String> known;

  NoSuchVersionException(String area, String version, List<String> known) {
    super(
        "There is no "
            + area
            + " version "
            + version
            + " in the rule store or the publication log; versions: "
            + String.join(", ", known));
    this.area = area;
    this.version = version;
    this.known = List.copyOf(known);
  }
}
