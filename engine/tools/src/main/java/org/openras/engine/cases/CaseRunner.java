package org.openras.engine.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.OpenRasException;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.MemoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetSelectionException;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.directpayment.DirectPaymentArea;
import org.openras.engine.directpayment.DirectPaymentRequest;
import org.openras.engine.explain.Reason;
import org.openras.engine.json.Json;
import org.openras.engine.params.MissingParameterException;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.result.AccountReview;
import org.openras.engine.result.CalculationResult;
import org.openras.engine.yaml.Yaml;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a version's {@code cases/*.yaml} and runs them. A case file holds {@code defaults} (a
 * request every case starts from) and {@code cases}, each with a {@code name} (a sentence), a
 * {@code request} merged over the defaults, and {@code expected} figures or an {@code
 * expectedError}. Each case is pinned to the version it belongs to, so it tests that version
 * whatever else is in force on its date.
 */
public final class CaseRunner {
  private static final Pattern INDEX = Pattern.compile("([^\\[]+)\\[(\\d+)]");

  private CaseRunner() {}

  /** Every case of a version, in file order. */
  public static List<PolicyCase> cases(RuleSetVersion version) {
    List<PolicyCase> out = new ArrayList<>();
    for (var file : version.source().files().entrySet()) {
      if (!file.getKey().startsWith("cases/") || !file.getKey().endsWith(".yaml")) {
        continue;
      }
      String where = version.source().location() + "/" + file.getKey();
      JsonNode root;
      try {
        root = Yaml.mapper().readTree(version.source().text(file.getKey()));
      } catch (JacksonException e) {
        throw new InvalidRuleSetException(where, "cannot be read: " + e.getOriginalMessage(), e);
      }
      JsonNode defaults = root.path("defaults");
      JsonNode list = root.get("cases");
      if (list == null || !list.isArray() || list.isEmpty()) {
        throw new InvalidRuleSetException(where, "add 'cases:', a list of cases");
      }
      for (JsonNode c : list) {
        out.add(read(where, version, defaults, c));
      }
    }
    return out;
  }

  private static PolicyCase read(
      String where, RuleSetVersion version, JsonNode defaults, JsonNode c) {
    String name = c.path("name").asString("");
    if (name.isBlank()) {
      throw new InvalidRuleSetException(where, "every case needs a 'name' written as a sentence");
    }
    ObjectNode request = Json.mapper().createObjectNode();
    if (defaults.isObject()) {
      Json.merge(request, defaults);
    }
    if (c.get("request") != null) {
      Json.merge(request, c.get("request"));
    }
    ObjectNode pins =
        request.has("ruleSetVersions")
            ? (ObjectNode) request.get("ruleSetVersions")
            : request.putObject("ruleSetVersions");
    if (!pins.has(version.area())) {
      pins.put(version.area(), version.version());
    }
    Map<String, JsonNode> expected = new LinkedHashMap<>();
    c.path("expected").properties().forEach(e -> expected.put(e.getKey(), e.getValue()));
    Map<String, String> error = new LinkedHashMap<>();
    c.path("expectedError")
        .properties()
        .forEach(e -> error.put(e.getKey(), e.getValue().asString()));
    if (expected.isEmpty() == error.isEmpty()) {
      throw new InvalidRuleSetException(
          where, "case '" + name + "': give either 'expected' figures or an 'expectedError'");
    }
    return new PolicyCase(where, name, request, expected, error);
  }

  public static CaseResult run(OpenRasEngine engine, PolicyCase c) {
    if (directPayments(c)) {
      return runReview(engine, c);
    }
    CalculationResult result;
    try {
      CalculationRequest request = Json.mapper().treeToValue(c.request(), CalculationRequest.class);
      result = asPublished(engine, c).calculate(request);
    } catch (JacksonException e) {
      return new CaseResult(
          c, List.of("the request cannot be read: " + e.getOriginalMessage()), List.of());
    } catch (OpenRasException e) {
      return new CaseResult(c, compareError(c, e), List.of());
    }
    if (!c.expectedError().isEmpty()) {
      return new CaseResult(
          c,
          List.of("expected error " + c.expectedError() + " but got a result"),
          trace(result.trace()));
    }
    return compare(c, Json.mapper().valueToTree(result), trace(result.trace()));
  }

  /**
   * A case of the direct-payments area or a council's direct-payment overlay (docs/adr/0029): its
   * request is one account's period, reviewed with {@link OpenRasEngine#reviewAccount}.
   */
  private static boolean directPayments(PolicyCase c) {
    JsonNode pins = c.request().path("ruleSetVersions");
    for (String area : pins.propertyNames()) {
      if (area.equals(DirectPaymentArea.AREA) || DirectPaymentArea.isOverlay(area)) {
        return true;
      }
    }
    return false;
  }

  private static CaseResult runReview(OpenRasEngine engine, PolicyCase c) {
    AccountReview review;
    try {
      review =
          asPublished(engine, c)
              .reviewAccount(Json.mapper().treeToValue(c.request(), DirectPaymentRequest.class));
    } catch (JacksonException e) {
      return new CaseResult(
          c, List.of("the request cannot be read: " + e.getOriginalMessage()), List.of());
    } catch (OpenRasException e) {
      return new CaseResult(c, compareError(c, e), List.of());
    }
    if (!c.expectedError().isEmpty()) {
      return new CaseResult(
          c,
          List.of("expected error " + c.expectedError() + " but got a result"),
          trace(review.trace()));
    }
    return compare(c, Json.mapper().valueToTree(review), trace(review.trace()));
  }

  private static CaseResult compare(PolicyCase c, JsonNode actual, List<String> trace) {
    List<String> differences = new ArrayList<>();
    c.expected()
        .forEach(
            (path, want) -> {
              JsonNode got = at(actual, path);
              if (got == null || !same(want, got)) {
                differences.add(
                    path
                        + ": expected "
                        + text(want)
                        + " but was "
                        + (got == null ? "absent" : text(got)));
              }
            });
    return new CaseResult(c, differences, differences.isEmpty() ? List.of() : trace);
  }

  /**
   * The engine a case runs on. A superseded version's cases (docs/adr/0006) test it as it was
   * published: on the set without the corrections that came after it (every version that supersedes
   * another, except the versions of its own chain), so a correction elsewhere (North Shire's
   * overlay, say) does not change what its cases expect.
   */
  private static OpenRasEngine asPublished(OpenRasEngine engine, PolicyCase c) {
    RuleSetCatalogue catalogue = engine.catalogue();
    RuleSetVersion own = own(catalogue, c);
    if (own == null || !catalogue.isSuperseded(own)) {
      return engine;
    }
    Set<String> chain = new HashSet<>();
    for (RuleSetVersion v = own; v != null; ) {
      chain.add(v.area() + "/" + v.version());
      String earlier = v.manifest().supersedes();
      v = earlier == null ? null : catalogue.find(v.area(), earlier).orElse(null);
    }
    List<RuleSetSource> before =
        catalogue.all().stream()
            .filter(
                v ->
                    v.manifest().supersedes() == null
                        || chain.contains(v.area() + "/" + v.version()))
            .map(RuleSetVersion::source)
            .toList();
    return BEFORE_CORRECTIONS
        .computeIfAbsent(catalogue, k -> new ConcurrentHashMap<>())
        .computeIfAbsent(
            own.area() + "/" + own.version(),
            k ->
                engine.sharing(
                    RuleSetCatalogue.load(new MemoryRuleStore(before, "before corrections"))));
  }

  private static final Map<RuleSetCatalogue, Map<String, OpenRasEngine>> BEFORE_CORRECTIONS =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** The version a case belongs to: the one its file lives in, pinned in its request. */
  private static RuleSetVersion own(RuleSetCatalogue catalogue, PolicyCase c) {
    for (RuleSetVersion v : catalogue.all()) {
      if (c.file().startsWith(v.source().location() + "/cases/")) {
        return v;
      }
    }
    return null;
  }

  private static List<String> compareError(PolicyCase c, OpenRasException e) {
    if (c.expectedError().isEmpty()) {
      return List.of("expected a result but got an error: " + e.getMessage());
    }
    List<String> differences = new ArrayList<>();
    String type = c.expectedError().get("type");
    if (type != null && !type.equals(errorType(e))) {
      differences.add(
          "expected error type " + type + " but was " + errorType(e) + ": " + e.getMessage());
    }
    String field = c.expectedError().get("field");
    if (field != null
        && !(e instanceof InvalidRequestException ire
            && ire.errors().stream().anyMatch(f -> f.field().equals(field)))) {
      differences.add("expected an error on field " + field + " but was: " + e.getMessage());
    }
    String contains = c.expectedError().get("contains");
    if (contains != null && !e.getMessage().contains(contains)) {
      differences.add(
          "expected the error to say '" + contains + "' but it said: " + e.getMessage());
    }
    return differences;
  }

  static String errorType(OpenRasException e) {
    if (e instanceof InvalidRequestException) {
      return "InvalidRequest";
    } else if (e instanceof RuleSetSelectionException) {
      return "RuleSetSelection";
    } else if (e instanceof MissingParameterException) {
      return "MissingParameter";
    }
    return e.getClass().getSimpleName();
  }

  private static JsonNode at(JsonNode root, String path) {
    JsonNode node = root;
    Iterator<String> parts = List.of(path.split("\\.")).iterator();
    while (parts.hasNext() && node != null) {
      String part = parts.next();
      Matcher m = INDEX.matcher(part);
      if (m.matches()) {
        node = node.get(m.group(1));
        node = node == null ? null : node.get(Integer.parseInt(m.group(2)));
      } else {
        node = node.get(part);
      }
    }
    return node == null || node.isMissingNode() ? null : node;
  }

  /** Numbers compare by value (so 0.5 equals "0.50"); everything else by its text. */
  private static boolean same(JsonNode want, JsonNode got) {
    if (want.isNull() || got.isNull()) {
      return want.isNull() && got.isNull();
    }
    if (want.isValueNode() && got.isValueNode()) {
      try {
        return new java.math.BigDecimal(want.asString())
                .compareTo(new java.math.BigDecimal(got.asString()))
            == 0;
      } catch (NumberFormatException notNumbers) {
        return want.asString().equals(got.asString());
      }
    }
    return want.equals(got);
  }

  private static String text(JsonNode node) {
    return node.isValueNode() ? node.asString() : node.toString();
  }

  private static List<String> trace(List<Reason> trace) {
    return trace.stream().map(Object::toString).toList();
  }
}
