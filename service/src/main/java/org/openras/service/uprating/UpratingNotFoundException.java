package org.openras.service.uprating;

import java.util.List;

/** No uprating draft of the area and version is kept (a folder draft is edited in its folder). */
public class UpratingNotFoundException extends RuntimeException {
  UpratingNotFoundException(String area, String version, List<String> drafts) {
    super(
        "There is no uprating draft "
            + area
            + " "
            + version
            + " in the service; uprating drafts of "
            + area
            + ": "
            + (drafts.isEmpty() ? "none" : String.join(", ", drafts))
            + " (a draft written into the rules folder is changed there)");
  }
}
