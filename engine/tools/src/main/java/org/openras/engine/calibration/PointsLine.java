package org.openras.engine.calibration;

import java.math.BigDecimal;
import java.util.List;
import org.openras.engine.money.Money;
import org.openras.engine.request.PrimarySupportReason;
import tools.jackson.databind.JsonNode;

/** Reads a points line's fields, reporting each missing or impossible one. */
final class PointsLine {
  CohortRow read(long line, JsonNode node, List<CohortProblem> problems) {
    String ref = node.path("personRef").asString("");
    int before = problems.size();
    if (ref.isBlank()) {
      problems.add(new CohortProblem(line, "", "personRef", "missing: give a pseudonymous one"));
    }
    PrimarySupportReason psr = reason(line, ref, node, problems);
    JsonNode p = node.get("points");
    if (!p.canConvertToInt() || !p.isIntegralNumber() || p.asInt() < 0) {
      problems.add(
          new CohortProblem(line, ref, "points", "must be a whole number of points, 0 or more"));
    }
    BigDecimal cost = cost(line, ref, node, problems);
    if (problems.size() > before) {
      return null;
    }
    return new CohortRow(line, ref, psr, p.asInt(), cost, null);
  }

  private static PrimarySupportReason reason(
      long line, String ref, JsonNode node, List<CohortProblem> problems) {
    String text = node.path("primarySupportReason").asString("");
    try {
      return PrimarySupportReason.valueOf(text);
    } catch (IllegalArgumentException e) {
      problems.add(
          new CohortProblem(
              line,
              ref,
              "primarySupportReason",
              "'" + text + "' is not a primary support reason; use one of the national codes"));
      return null;
    }
  }

  private static BigDecimal cost(
      long line, String ref, JsonNode node, List<CohortProblem> problems) {
    JsonNode c = node.get("actualWeeklyCost");
    if (c == null || c.isNull()) {
      problems.add(new CohortProblem(line, ref, "actualWeeklyCost", "missing: no plan cost"));
      return null;
    }
    try {
      return Money.parse(c.asString()).amount();
    } catch (IllegalArgumentException e) {
      problems.add(new CohortProblem(line, ref, "actualWeeklyCost", e.getMessage()));
      return null;
    }
  }
}
