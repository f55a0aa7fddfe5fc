package org.openras.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.MemoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetSelectionException;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.json.Json;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;
import org.openras.engine.sources.Bibliography;
import org.openras.engine.sources.Resolution;
import org.openras.engine.yaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs one request twice, pinned once to a version written with salience and once to the version
 * that restates it in named stages (docs/adr/0016), and asserts that the two agree on everything a
 * result carries: every figure of every area, the versions of the other areas, the parameters read,
 * and the trace (sequence, rule id, sentence, source, what each rule read and produced). Only the
 * restated area's version name, hash and title may differ, and each side must name the version it
 * was pinned to.
 */
public final class StagedAgreement {
  private final OpenRasEngine engine;
  private final String area;
  private final String salienceVersion;
  private final String stagedVersion;

  public StagedAgreement(
      OpenRasEngine engine, String area, String salienceVersion, String stagedVersion) {
    this.engine = engine;
    this.area = area;
    this.salienceVersion = salienceVersion;
    this.stagedVersion = stagedVersion;
  }

  /** A named request: a policy case of the version written with salience, or a generated one. */
  public record Named(String name, ObjectNode request) {}

  /**
   * Every case of the version written with salience, as the case runner builds it (the case's
   * request merged over its file's defaults), without the pin: {@link #assertAgree} pins it.
   */
  public List<Named> cases() {
    RuleSetVersion version = engine.catalogue().find(area, salienceVersion).orElseThrow();
    List<Named> out = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : version.source().files().entrySet()) {
      if (!file.getKey().startsWith("cases/") || !file.getKey().endsWith(".yaml")) {
        continue;
      }
      JsonNode root = Yaml.mapper().readTree(version.source().text(file.getKey()));
      for (JsonNode c : root.get("cases")) {
        ObjectNode request = Json.mapper().createObjectNode();
        Json.merge(request, root.path("defaults"));
        Json.merge(request, c.path("request"));
        out.add(new Named(file.getKey() + ": " + c.path("name").asString(), request));
      }
    }
    return out;
  }

  /** Calculates the request on both versions and asserts that the results agree. */
  public void assertAgree(Named named) {
    Object salience = calculate(named.request(), salienceVersion);
    Object staged = calculate(named.request(), stagedVersion);
    if (salience instanceof OpenRasException || staged instanceof OpenRasException) {
      assertThat(staged)
          .as("%s: both refuse it alike", named.name())
          .isInstanceOf(salience.getClass());
      if (salience instanceof RuleSetSelectionException a
          && staged instanceof RuleSetSelectionException b) {
        // Each names the version it was pinned to; both list the same periods in force.
        assertThat(List.of(a.pinnedVersion(), b.pinnedVersion()))
            .containsExactly(salienceVersion, stagedVersion);
        assertThat(List.of(b.area(), b.date(), b.periods()))
            .as("%s: the refusal", named.name())
            .isEqualTo(List.of(a.area(), a.date(), a.periods()));
        return;
      }
      // A refusal may name the version in force ("eligibility 2015-04-01-staged, in force from").
      assertThat(
              ((Exception) staged)
                  .getMessage()
                  .replace(area + " " + stagedVersion, area + " " + salienceVersion))
          .as("%s: the refusal", named.name())
          .isEqualTo(((Exception) salience).getMessage());
      return;
    }
    JsonNode expected = comparable((CalculationResult) salience, salienceVersion, named);
    JsonNode actual = comparable((CalculationResult) staged, stagedVersion, named);
    assertThat(actual).as("%s: the staged result", named.name()).isEqualTo(expected);
  }

  private Object calculate(ObjectNode request, String version) {
    ObjectNode pinned = request.deepCopy();
    ObjectNode pins =
        pinned.has("ruleSetVersions")
            ? (ObjectNode) pinned.get("ruleSetVersions")
            : pinned.putObject("ruleSetVersions");
    pins.put(area, version);
    try {
      return engine.calculate(Json.mapper().treeToValue(pinned, CalculationRequest.class));
    } catch (OpenRasException e) {
      return e;
    }
  }

  /**
   * The result as JSON with the restated area's version name, hash and title taken out, after
   * checking that every part of the result that names the area names the pinned version.
   */
  private JsonNode comparable(CalculationResult result, String version, Named named) {
    ObjectNode json = Json.mapper().valueToTree(result);
    boolean used = false;
    for (JsonNode set : json.get("ruleSets")) {
      if (set.get("area").asString().equals(area)) {
        assertThat(set.get("version").asString())
            .as("%s: version used", named.name())
            .isEqualTo(version);
        ((ObjectNode) set).remove(List.of("version", "hash", "title"));
        used = true;
      }
    }
    assertThat(used).as("%s: the %s area ran", named.name(), area).isTrue();
    for (String list : List.of("trace", "parameters")) {
      for (JsonNode item : json.get(list)) {
        if (item.get("area").asString().equals(area)) {
          assertThat(item.get("version").asString())
              .as("%s: %s version", named.name(), list)
              .isEqualTo(version);
          ((ObjectNode) item).remove("version");
          for (String cited : List.of("source", "reference")) {
            if (item.hasNonNull(cited)) {
              ((ObjectNode) item).put(cited, cites(item.get(cited).asString()));
            }
          }
        }
      }
    }
    return json;
  }

  /**
   * What a citation cites, in the bibliography's ids and pinpoints: a published version's free text
   * and a restated version's ids (written by {@code openras policy cite}) cite alike when they
   * stand for the same documents and places (docs/adr/0013).
   */
  public static String cites(String text) {
    if (text == null) {
      return "(none)";
    }
    // A parameter read names its reference as "title <url>" (ParameterSet); the title is cited.
    Resolution r = BIBLIOGRAPHY.resolve(text.replaceFirst(" <[^>]*>$", ""));
    assertThat(r.resolved()).as("the citation %s resolves: %s", text, r.problems()).isTrue();
    return r.citations().stream()
        .map(c -> c.source().id() + (c.pinpoint() == null ? "" : " " + c.pinpoint()))
        .toList()
        .toString();
  }

  private static final Bibliography BIBLIOGRAPHY =
      Bibliography.of(new DirectoryRuleStore(TestRules.DIR));

  /**
   * An engine over the shipped rules with the staged version's manifest changed by {@code change}
   * (two stages swapped, say): for showing that the comparison is not vacuous.
   */
  public static OpenRasEngine withManifest(
      String area, String stagedVersion, java.util.function.UnaryOperator<String> change) {
    List<RuleSetSource> sources = new ArrayList<>();
    for (RuleSetSource s : new DirectoryRuleStore(TestRules.DIR).versions()) {
      if (s.area().equals(area) && s.folder().equals(stagedVersion)) {
        java.util.TreeMap<String, byte[]> files = new java.util.TreeMap<>(s.files());
        String manifest = s.text("ruleset.yaml");
        String changed = change.apply(manifest);
        assertThat(changed).as("the change applies").isNotEqualTo(manifest);
        files.put("ruleset.yaml", changed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        s = new RuleSetSource(s.area(), s.folder(), files);
      }
      sources.add(s);
    }
    // Shares the shipped engine's compiled versions: only the changed one compiles again.
    return TestRules.engine()
        .sharing(
            RuleSetCatalogue.load(
                new MemoryRuleStore(sources, "changed " + area + " " + stagedVersion)));
  }
}
