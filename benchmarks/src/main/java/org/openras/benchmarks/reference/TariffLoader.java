package org.openras.benchmarks.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.openras.engine.request.PrimarySupportReason;
import tools.jackson.databind.JsonNode;

/**
 * Reads the RAS versions of the rules jar ({@code openras-rules/index.txt}) with a YAML reader of
 * its own, not the engine's loaders, and flattens each version into {@link Tariff}s: one per
 * stretch of days over which its parameter values stay the same.
 */
public final class TariffLoader {
  private TariffLoader() {}

  public static List<Tariff> fromClasspath() {
    List<Tariff> out = new ArrayList<>();
    for (RuleFiles.Version v : RuleFiles.versions("ras")) {
      out.addAll(version(v.version(), v.from(), v.last()));
    }
    return out;
  }

  private static List<Tariff> version(String version, LocalDate from, LocalDate last) {
    JsonNode questionnaire = yaml("ras/" + version + "/questionnaire.yaml");
    JsonNode params = yaml("ras/" + version + "/parameters.yaml");
    TreeSet<LocalDate> starts = new TreeSet<>(List.of(from));
    for (JsonNode p : params) {
      for (String day : p.get("values").propertyNames()) {
        LocalDate d = LocalDate.parse(day);
        if (d.isAfter(from) && !d.isAfter(last)) {
          starts.add(d);
        }
      }
    }
    List<Tariff> out = new ArrayList<>();
    for (LocalDate start : starts) {
      LocalDate next = starts.higher(start);
      LocalDate end = next == null ? last : next.minusDays(1);
      out.add(tariff(version, start, end, questionnaire, params));
    }
    return out;
  }

  private static Tariff tariff(
      String version, LocalDate from, LocalDate to, JsonNode q, JsonNode params) {
    int n = q.get("domains").size();
    String[] codes = new String[n];
    boolean[] deflatable = new boolean[n];
    int[][] points = new int[n][];
    for (int i = 0; i < n; i++) {
      JsonNode d = q.get("domains").get(i);
      codes[i] = d.get("code").asString();
      deflatable[i] = d.get("deflatable").asBoolean();
      points[i] = levels(codes[i], d.get("levels"));
    }
    long[] prices = new long[PrimarySupportReason.values().length];
    for (PrimarySupportReason r : PrimarySupportReason.values()) {
      prices[r.ordinal()] = pence(inForce(params, "pricePerPoint", from, r.name()));
    }
    BigDecimal weeks = inForce(params, "weeksPerYear", from, null);
    return new Tariff(
        from.toEpochDay(),
        to.equals(LocalDate.MAX) ? Long.MAX_VALUE : to.toEpochDay(),
        version,
        codes,
        deflatable,
        points,
        prices,
        pence(inForce(params, "floor", from, null)),
        pence(inForce(params, "ceiling", from, null)),
        weeks == null ? Tariff.MISSING : weeks.unscaledValue().longValueExact(),
        weeks == null ? 1 : BigDecimal.TEN.pow(weeks.scale()).longValueExact());
  }

  private static int[] levels(String code, JsonNode levels) {
    int[] points = new int[levels.size()];
    for (int level = 0; level < points.length; level++) {
      JsonNode l = levels.get(level);
      if (l.get("level").asInt() != level) {
        throw new IllegalStateException(code + ": levels must run 0, 1, 2 ... in order");
      }
      points[level] = l.get("points").asInt();
    }
    return points;
  }

  /** The value in force on {@code day} (the latest dated value on or before it), or null. */
  private static BigDecimal inForce(JsonNode params, String name, LocalDate day, String key) {
    JsonNode values = params.path(name).path("values");
    LocalDate best = null;
    for (String d : values.propertyNames()) {
      LocalDate date = LocalDate.parse(d);
      if (!date.isAfter(day) && (best == null || date.isAfter(best))) {
        best = date;
      }
    }
    if (best == null) {
      return null;
    }
    JsonNode v = values.get(best.toString());
    v = key == null ? v : v.get(key);
    if (v == null) {
      return null;
    }
    return new BigDecimal((v.isObject() ? v.get("value") : v).asString());
  }

  private static long pence(BigDecimal pounds) {
    return pounds == null ? Tariff.MISSING : pounds.movePointRight(2).longValueExact();
  }

  private static JsonNode yaml(String path) {
    return RuleFiles.yaml(path);
  }
}
