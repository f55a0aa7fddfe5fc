package org.openras.engine.calibration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.money.Money;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.engine.yaml.Yaml;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The edited files of a draft: its manifest, its rule file's package and its parameters. */
final class DraftFiles {
  static final String LOWER = "predictionInterval80Lower";
  static final String UPPER = "predictionInterval80Upper";
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+[\\w.]+\\s*;?");

  private DraftFiles() {}

  static String manifest(RuleSetVersion source, String version, LocalDate from, Provenance p) {
    ObjectNode m = (ObjectNode) Yaml.mapper().readTree(source.source().text("ruleset.yaml"));
    m.put("version", version);
    m.put("effectiveFrom", from.toString());
    m.remove("effectiveTo");
    m.put(
        "title",
        "DRAFT ("
            + p.method()
            + " calibration, cohort "
            + p.cohortSha256().substring(0, 12)
            + ") of "
            + source.version()
            + ": "
            + source.manifest().title());
    m.put(
        "summary",
        "A draft written by the calibration tool on "
            + p.ranOn()
            + " by "
            + p.ranBy()
            + ": the "
            + source.version()
            + " version with the price per point fitted to "
            + p.peopleFitted()
            + " people's actual support-plan costs ("
            + p.method()
            + (p.byGroup() ? ", by primary support reason" : ", one price for everyone")
            + "). See provenance.yaml and docs/calibration.md. Not for use until a policy officer"
            + " has reviewed the fit report and the scenario.");
    m.put("supersedes", source.version());
    addTypicalRangeStage(source, m);
    return "# Draft RAS version written by `openras calibrate`. Review before publishing.\n"
        + Yaml.mapper().writeValueAsString(m);
  }

  /** The rule file with its package line changed to the draft folder's package. */
  /**
   * The rule a calibrated draft adds to the RAS logic it copies: with the fit's prediction
   * interval, the result gives the range people with similar needs typically received.
   */
  static final String TYPICAL_RANGE_RULE =
      """

      rule "RAS-080 Where the version carries a prediction interval, the result gives the range people with similar needs typically received"
        @source("80% prediction interval of the calibration fit (parameters.yaml predictionInterval80Lower and predictionInterval80Upper; docs/calibration.md)")
        salience 5
      when
        $i : IndicativeBudget(!weekly.isZero())
        $person : RasPerson(ctx.has("predictionInterval80Lower", primarySupportReason.name()))
      then
        String key = $person.getPrimarySupportReason().name();
        // Each bound is the weekly budget times the interval's share, to the nearest penny (halves up).
        Money lower = $i.getWeekly().times(ctx.decimal("predictionInterval80Lower", key), RoundingMode.HALF_UP);
        Money upper = $i.getWeekly().times(ctx.decimal("predictionInterval80Upper", key), RoundingMode.HALF_UP);
        insert(new TypicalRange(lower, upper));
        ctx.reason(kcontext).read("weeklyBudget", $i.getWeekly()).produced("typicalRangeLower", lower)
            .produced("typicalRangeUpper", upper);
      end
      """;

  /** The stage of the typical-range rule in a draft of a version whose stages are named. */
  static final String TYPICAL_RANGE_STAGE = "typical range";

  /**
   * The typical-range rule ordered as the source orders its rules: by salience (after RAS-070) in a
   * version written before stages were named, else in a stage of its own after the source's last
   * stage (docs/adr/0016).
   */
  static String typicalRangeRule(RuleSetVersion source) {
    return source.manifest().stages().isEmpty()
        ? TYPICAL_RANGE_RULE
        : TYPICAL_RANGE_RULE.replace(
            "  salience 5\n", "  agenda-group \"" + TYPICAL_RANGE_STAGE + "\"\n");
  }

  private static void addTypicalRangeStage(RuleSetVersion source, ObjectNode manifest) {
    List<String> stages = source.manifest().stages();
    if (!stages.isEmpty() && !stages.contains(TYPICAL_RANGE_STAGE)) {
      ArrayNode named = manifest.putArray("stages");
      stages.forEach(named::add);
      named.add(TYPICAL_RANGE_STAGE);
    }
  }

  static String drl(String text, String drlPackage) {
    if (!PACKAGE.matcher(text).find()) {
      throw new CalibrationException("The source rule file has no package line to change");
    }
    return PACKAGE.matcher(text).replaceFirst("package " + drlPackage + ";");
  }

  static String parameters(
      RuleSetVersion source, LocalDate from, DraftPrices prices, Provenance p) {
    ObjectNode root = (ObjectNode) Yaml.mapper().readTree(source.source().text("parameters.yaml"));
    ObjectNode price = (ObjectNode) root.get("pricePerPoint");
    if (price == null) {
      throw new CalibrationException(
          "The source version has no pricePerPoint parameter to replace");
    }
    String note = "calibrated: " + p.method() + ", cohort " + p.cohortSha256().substring(0, 12);
    price.set("values", dated(from, prices.pricePerPoint(), note));
    price
        .putObject("reference")
        .put(
            "title",
            "Re-calibrated from actual support-plan costs ("
                + note
                + ")"
                + " (docs/calibration.md)");
    root.set(LOWER, share(from, prices.lowerShare(), "lower", note));
    root.set(UPPER, share(from, prices.upperShare(), "upper", note));
    return "# Figures of a DRAFT RAS version: prices per point re-calibrated from a cohort's actual\n"
        + "# costs (marker D: derived from data; see provenance.yaml). Other figures as in "
        + source.version()
        + ".\n"
        + Yaml.mapper().writeValueAsString(root);
  }

  private static ObjectNode share(
      LocalDate from,
      Map<PrimarySupportReason, java.math.BigDecimal> shares,
      String end,
      String note) {
    ObjectNode def = Yaml.mapper().createObjectNode();
    def.put(
        "description",
        "The "
            + end
            + " end of the 80% prediction interval of a weekly cost, as a share of the indicative"
            + " budget, by primary support reason (a range for assessors: people with similar"
            + " needs typically received between the two)");
    def.put("unit", "share");
    def.put("period", "week");
    def.putObject("reference")
        .put(
            "title",
            "80% prediction interval (Student t) of the calibration fit, "
                + note
                + " (docs/calibration.md)");
    ObjectNode values = def.putObject("values").putObject(from.toString());
    shares.forEach(
        (psr, v) ->
            values.putObject(psr.name()).put("value", v.toPlainString()).put("marker", "D"));
    return def;
  }

  private static ObjectNode dated(
      LocalDate from, Map<PrimarySupportReason, Money> prices, String note) {
    ObjectNode values = Yaml.mapper().createObjectNode();
    ObjectNode on = values.putObject(from.toString());
    prices.forEach(
        (psr, m) ->
            on.putObject(psr.name())
                .put("value", m.toString())
                .put("marker", "D")
                .put("note", note));
    return values;
  }
}
