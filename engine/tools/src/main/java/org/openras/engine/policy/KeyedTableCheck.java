package org.openras.engine.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.ras.Questionnaire;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.engine.yaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * Keyed parameter tables whose keys the engine looks up: each key must be one it knows, and where
 * every key is needed (the RAS price per point, one for each primary support reason) a missing one
 * is an error that names it. Known tables: {@code ras} pricePerPoint (every primary support
 * reason), {@code adjustments} pricePerPointUplift (primary support reasons) and domainUplift
 * (domains of the RAS questionnaires in the store).
 */
final class KeyedTableCheck {
  private KeyedTableCheck() {}

  private record Table(Map<String, String> known, boolean everyKey, String what) {}

  static void check(VersionFolder folder, JsonNode parameters, List<Finding> out) {
    if (parameters == null) {
      return;
    }
    String file = folder.file(ParameterSet.FILE);
    YamlLines lines = new YamlLines(folder.source().text(ParameterSet.FILE));
    tables(folder)
        .forEach(
            (name, table) -> {
              JsonNode values = parameters.path(name).path("values");
              for (var dated : values.properties()) {
                if (dated.getValue().isObject() && !dated.getValue().has("value")) {
                  check(file, lines, name, dated.getKey(), dated.getValue(), table, out);
                }
              }
            });
  }

  private static Map<String, Table> tables(VersionFolder folder) {
    Map<String, String> reasons = new LinkedHashMap<>();
    Arrays.stream(PrimarySupportReason.values()).forEach(r -> reasons.put(r.name(), r.title()));
    String area = folder.source().area();
    if (area.equals("ras")) {
      return Map.of("pricePerPoint", new Table(reasons, true, "primary support reason"));
    }
    if (area.equals("adjustments")) {
      Map<String, Table> out = new LinkedHashMap<>();
      out.put("pricePerPointUplift", new Table(reasons, false, "primary support reason"));
      Map<String, String> domains = rasDomains(folder.store());
      if (!domains.isEmpty()) {
        out.put("domainUplift", new Table(domains, false, "RAS questionnaire domain"));
      }
      return out;
    }
    return Map.of();
  }

  private static void check(
      String file,
      YamlLines lines,
      String name,
      String date,
      JsonNode keyed,
      Table table,
      List<Finding> out) {
    int dateLine = lines.line(name, "values", date);
    for (var key : keyed.properties()) {
      if (!table.known().containsKey(key.getKey())) {
        out.add(
            Finding.error(
                file,
                lines.line(name, "values", date, key.getKey()),
                "parameter '"
                    + name
                    + "' on "
                    + date
                    + " has key '"
                    + key.getKey()
                    + "', which is not a "
                    + table.what(),
                "use one of: " + String.join(", ", table.known().keySet())));
      }
    }
    if (!table.everyKey()) {
      return;
    }
    table
        .known()
        .forEach(
            (key, title) -> {
              if (!keyed.has(key)) {
                out.add(
                    Finding.error(
                        file,
                        dateLine,
                        "parameter '"
                            + name
                            + "' on "
                            + date
                            + " has no value for "
                            + key
                            + " ("
                            + title
                            + ")",
                        "add '"
                            + key
                            + ": {value: ..., marker: ...}' under "
                            + date
                            + "; every "
                            + table.what()
                            + " needs one"));
              }
            });
  }

  /** Domain codes of every RAS questionnaire in the store, with their titles. */
  private static Map<String, String> rasDomains(Path store) {
    Map<String, String> out = new LinkedHashMap<>();
    Path ras = store == null ? null : store.resolve("ras");
    if (ras == null || !Files.isDirectory(ras)) {
      return out;
    }
    Set<Path> files = new TreeSet<>();
    try (Stream<Path> versions = Files.list(ras)) {
      versions
          .map(v -> v.resolve(Questionnaire.FILE))
          .filter(Files::isRegularFile)
          .forEach(files::add);
      for (Path f : files) {
        for (JsonNode d : Yaml.mapper().readTree(Files.readString(f)).path("domains")) {
          out.putIfAbsent(d.path("code").asString(), d.path("title").asString());
        }
      }
    } catch (IOException | RuntimeException e) {
      return Map.of(); // unreadable questionnaires are reported when their own version is validated
    }
    return out;
  }
}
