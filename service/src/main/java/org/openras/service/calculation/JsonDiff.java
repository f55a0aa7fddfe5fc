package org.openras.service.calculation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * The places where two JSON documents differ, as paths in the engine's field notation ({@code
 * ras.weeklyBudget}, {@code trace[3].produced.points}), each with both values; a value missing on
 * one side is shown as null there.
 */
final class JsonDiff {
  static final int LIMIT = 100;

  private JsonDiff() {}

  static List<ReplayReport.Difference> between(JsonNode recorded, JsonNode now) {
    List<ReplayReport.Difference> out = new ArrayList<>();
    walk("", recorded, now, out);
    return out;
  }

  private static void walk(
      String path, JsonNode recorded, JsonNode now, List<ReplayReport.Difference> out) {
    if (out.size() >= LIMIT || recorded.equals(now)) {
      return;
    }
    if (recorded.isObject() && now.isObject()) {
      TreeSet<String> names = new TreeSet<>(recorded.propertyNames());
      names.addAll(now.propertyNames());
      for (String name : names) {
        walk(child(path, name), side(recorded.get(name)), side(now.get(name)), out);
      }
    } else if (recorded.isArray() && now.isArray()) {
      for (int i = 0; i < Math.max(recorded.size(), now.size()); i++) {
        walk(path + "[" + i + "]", side(recorded.get(i)), side(now.get(i)), out);
      }
    } else {
      out.add(new ReplayReport.Difference(path.isEmpty() ? "$" : path, recorded, now));
    }
  }

  private static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static JsonNode side(JsonNode node) {
    return node == null ? NullNode.getInstance() : node;
  }
}
