package org.openras.engine.uprating;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.OpenRasException;
import org.openras.engine.cases.CaseResult;
import org.openras.engine.cases.CaseRunner;
import org.openras.engine.cases.PolicyCase;
import org.openras.engine.catalogue.MemoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.catalogue.RuleStore;
import org.openras.engine.json.Json;
import org.openras.engine.uprating.UpratingDraft.LeftOutCase;
import org.openras.engine.yaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The draft's cases: every case of the source moved into the draft's first year (the assessment
 * date, and the dates of birth with it, by whole years), run on the draft, and kept only where it
 * still passes. A case whose figures were last year's fails on the new ones and is left out, named
 * with why, so the officer sees which to write again; the kept ones must pass to publish.
 */
public final class UpratingCases {
  private UpratingCases() {}

  /** The draft's files with its cases, and the draft saying which were kept and left out. */
  public record Built(RuleSetSource source, UpratingDraft draft) {}

  /**
   * @param engineFor an engine serving the draft beside the versions of the other areas (the
   *     caller's published set, or a rules folder's)
   */
  public static Built build(
      RuleSetVersion source,
      UpratingDraft draft,
      Function<RuleSetVersion, OpenRasEngine> engineFor) {
    Map<String, List<ObjectNode>> moved = moved(source, draft.effectiveFrom());
    RuleSetSource all = UpratingFiles.source(source, draft, files(moved, null));
    List<String> kept = new ArrayList<>();
    List<LeftOutCase> leftOut = new ArrayList<>();
    Map<String, List<ObjectNode>> passing = new LinkedHashMap<>();
    try {
      RuleSetVersion version = alone(all);
      OpenRasEngine engine = engineFor.apply(version);
      List<PolicyCase> cases = CaseRunner.cases(version);
      for (PolicyCase c : cases) {
        CaseResult r = CaseRunner.run(engine, c);
        String file = c.file().substring(c.file().indexOf("cases/"));
        if (r.passed()) {
          kept.add(c.name());
          passing.computeIfAbsent(file, f -> new ArrayList<>()).add(named(moved, file, c.name()));
        } else {
          leftOut.add(new LeftOutCase(file, c.name(), String.join("; ", r.differences())));
        }
      }
    } catch (OpenRasException | IllegalArgumentException e) {
      for (var f : moved.entrySet()) {
        for (ObjectNode c : f.getValue()) {
          leftOut.add(
              new LeftOutCase(
                  f.getKey(), c.path("name").asString(""), "not run: " + e.getMessage()));
        }
      }
    }
    UpratingDraft done = draft.withCases(kept, leftOut);
    return new Built(UpratingFiles.source(source, done, files(passing, done)), done);
  }

  /**
   * Engines for a draft beside every version of {@code store} except one of the draft's own name (a
   * rules folder, for the CLI).
   */
  public static Function<RuleSetVersion, OpenRasEngine> beside(RuleStore store) {
    return draft -> {
      List<RuleSetSource> all = new ArrayList<>();
      for (RuleSetSource s : store.versions()) {
        if (!s.location().equals(draft.source().location())) {
          all.add(s);
        }
      }
      all.add(draft.source());
      return OpenRasEngine.load(new MemoryRuleStore(all, store.describe() + " with the draft"));
    };
  }

  private static ObjectNode named(Map<String, List<ObjectNode>> moved, String file, String name) {
    return moved.get(file).stream()
        .filter(c -> c.path("name").asString("").equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static RuleSetVersion alone(RuleSetSource s) {
    return RuleSetCatalogue.load(new MemoryRuleStore(List.of(s), s.location())).all().get(0);
  }

  /** Each case file's cases, defaults merged in, dates moved into the year from {@code from}. */
  static Map<String, List<ObjectNode>> moved(RuleSetVersion source, LocalDate from) {
    Map<String, List<ObjectNode>> out = new TreeMap<>();
    for (var file : source.source().files().entrySet()) {
      String name = file.getKey();
      if (!name.startsWith("cases/") || !name.endsWith(".yaml")) {
        continue;
      }
      JsonNode root = Yaml.mapper().readTree(source.source().text(name));
      JsonNode defaults = root.path("defaults");
      List<ObjectNode> cases = new ArrayList<>();
      for (JsonNode c : root.path("cases")) {
        ObjectNode request = Yaml.mapper().createObjectNode();
        if (defaults.isObject()) {
          Json.merge(request, defaults);
        }
        if (c.get("request") != null) {
          Json.merge(request, c.get("request"));
        }
        JsonNode pins = request.get("ruleSetVersions");
        if (pins instanceof ObjectNode p) {
          p.remove(source.area());
          if (p.isEmpty()) {
            request.remove("ruleSetVersions");
          }
        }
        move(request, from);
        ObjectNode out1 = ((ObjectNode) c).deepCopy();
        out1.set("request", request);
        cases.add(out1);
      }
      out.put(name, cases);
    }
    return out;
  }

  /** Moves the assessment date into the year from {@code from}, and dates of birth with it. */
  private static void move(ObjectNode request, LocalDate from) {
    LocalDate date = date(request.path("assessmentDate").asString(null));
    if (date == null) {
      return;
    }
    int years = from.getYear() - date.getYear();
    if (date.plusYears(years).isBefore(from)) {
      years++;
    } else if (!date.plusYears(years).isBefore(from.plusYears(1))) {
      years--;
    }
    int by = years;
    request.put("assessmentDate", date.plusYears(by).toString());
    if (request.get("person") instanceof ObjectNode person) {
      shift(person, "dateOfBirth", by);
      if (person.get("household") instanceof ObjectNode household) {
        shift(household, "partnerDateOfBirth", by);
      }
    }
  }

  private static void shift(ObjectNode node, String field, int years) {
    LocalDate d = date(node.path(field).asString(null));
    if (d != null) {
      node.put(field, d.plusYears(years).toString());
    }
  }

  private static LocalDate date(String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Case files as YAML; with {@code draft}, each headed by what was left out of it. */
  private static SortedMap<String, byte[]> files(
      Map<String, List<ObjectNode>> cases, UpratingDraft draft) {
    SortedMap<String, byte[]> out = new TreeMap<>();
    cases.forEach(
        (file, list) -> {
          if (list.isEmpty()) {
            return;
          }
          ObjectNode root = Yaml.mapper().createObjectNode();
          ArrayNode array = root.putArray("cases");
          list.forEach(array::add);
          String header =
              draft == null
                  ? ""
                  : "# The cases of "
                      + draft.source()
                      + " that still hold on the "
                      + draft.year()
                      + " figures, each moved into the year from "
                      + draft.effectiveFrom()
                      + " (the dates of birth by the same\n# years). Left out, as they fail on the"
                      + " new figures: "
                      + draft.casesLeftOut().stream().filter(l -> l.file().equals(file)).count()
                      + " of this file's cases (listed on the draft's page).\n";
          out.put(
              file,
              (header + Yaml.mapper().writeValueAsString(root)).getBytes(StandardCharsets.UTF_8));
        });
    return out;
  }
}
