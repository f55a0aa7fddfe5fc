package org.openras.service.fuzz;

import java.util.ArrayList;
import java.util.List;
import org.openras.engine.json.Json;
import org.openras.service.Seeds;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.node.ObjectNode;

/** The seed people as JSON trees and texts: the valid requests that bad ones are made from. */
final class SeedTrees {
  static final List<String> TEXTS = Seeds.people().stream().map(Seeds::read).toList();

  private SeedTrees() {}

  /** A fresh copy of one seed person's request, free to damage. */
  static Gen<ObjectNode> trees() {
    return Generate.pick(TEXTS).map(text -> (ObjectNode) Json.mapper().readTree(text));
  }

  static Gen<String> texts() {
    return Generate.pick(TEXTS);
  }

  /** The answer domains a request names under needs (so a damaged one is a known domain). */
  static List<String> needDomains(ObjectNode request) {
    List<String> domains = new ArrayList<>();
    if (request.get("needs") instanceof ObjectNode needs) {
      domains.addAll(needs.propertyNames());
    }
    if (domains.isEmpty()) {
      domains.add("personal-care");
    }
    return domains;
  }

  static String write(ObjectNode request) {
    return Json.mapper().writeValueAsString(request);
  }
}
