package org.openras.engine.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.json.Json;
import org.openras.engine.money.Money;
import org.openras.engine.params.ParameterDefinition;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.yaml.Yaml;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Policy cases for a draft: the source version's cases hold the old prices, so the draft gets its
 * own, three people of the cohort (fewest, middle and most points among those fitted), each
 * expected budget worked out here from the new prices and the source's floor, ceiling and weeks a
 * year, independently of the draft's rules, which {@code CaseRunner} then runs.
 */
final class DraftCases {
  private DraftCases() {}

  static String yaml(
      List<CohortRow> cohort,
      RuleSetVersion source,
      String version,
      LocalDate from,
      DraftPrices prices) {
    ParameterSet figures = ParameterSet.load(source);
    String none = ParameterDefinition.NO_KEY;
    Money floor = Money.of(figures.decimal("floor", none, from));
    Money ceiling = Money.of(figures.decimal("ceiling", none, from));
    BigDecimal weeks = figures.decimal("weeksPerYear", none, from);
    ObjectNode root = Yaml.mapper().createObjectNode();
    ArrayNode cases = root.putArray("cases");
    for (CohortRow row : pick(cohort)) {
      Money price = prices.pricePerPoint().get(row.primarySupportReason());
      Money calculated = price.times(BigDecimal.valueOf(row.points()), RoundingMode.UNNECESSARY);
      boolean floorApplied = row.points() > 0 && calculated.isLessThan(floor);
      Money weekly = floorApplied ? floor : calculated;
      ObjectNode c = cases.addObject();
      c.put(
          "name",
          "Cohort person "
              + row.personRef()
              + " ("
              + row.primarySupportReason().title()
              + ") scores "
              + row.points()
              + " points, priced at the calibrated £"
              + price
              + " a point");
      c.set("request", request(row.request(), from));
      Map<String, Object> expected = new LinkedHashMap<>();
      expected.put("ruleSets[0].version", version);
      expected.put("ras.totalPoints", row.points());
      expected.put("ras.pricePerPoint", price.toString());
      expected.put("ras.calculatedWeeklyBudget", calculated.toString());
      expected.put("ras.floorApplied", floorApplied);
      expected.put("ras.weeklyBudget", weekly.toString());
      expected.put("ras.panelReview", weekly.isGreaterThan(ceiling));
      expected.put("ras.annualBudget", weekly.times(weeks, RoundingMode.HALF_UP).toString());
      c.set("expected", Yaml.mapper().valueToTree(expected));
    }
    return "# Cases for a DRAFT version, written by `openras calibrate` from three cohort people;\n"
        + "# expected figures worked from the new prices and the source's floor, ceiling and\n"
        + "# weeks a year (docs/calibration.md).\n"
        + Yaml.mapper().writeValueAsString(root);
  }

  /** Fewest, middle and most points among the people with a request (distinct lines). */
  static List<CohortRow> pick(List<CohortRow> fitted) {
    List<CohortRow> sorted =
        fitted.stream()
            .filter(r -> r.request() != null)
            .sorted(Comparator.comparingInt(CohortRow::points).thenComparingLong(CohortRow::line))
            .toList();
    if (sorted.isEmpty()) {
      throw new CalibrationException(
          "The cohort records points only: a draft's cases need people's questionnaire answers."
              + " Calibrate on a caseload with requests to write a draft");
    }
    List<CohortRow> out = new ArrayList<>();
    for (int i : new int[] {0, sorted.size() / 2, sorted.size() - 1}) {
      if (!out.contains(sorted.get(i))) {
        out.add(sorted.get(i));
      }
    }
    return out;
  }

  private static ObjectNode request(CalculationRequest r, LocalDate on) {
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("personRef", r.personRef());
    n.put("assessmentDate", on.toString());
    n.set("person", Json.mapper().valueToTree(r.person()));
    n.set("needs", Json.mapper().valueToTree(r.needs()));
    if (!r.informalSupport().isEmpty()) {
      n.set("informalSupport", Json.mapper().valueToTree(r.informalSupport()));
    }
    return n;
  }
}
