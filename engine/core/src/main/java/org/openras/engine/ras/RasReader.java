package org.openras.engine.ras;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.area.RuleFacts;
import org.openras.engine.request.CalculationRequest;

/**
 * Reads the RAS figures back from the facts the rules inserted: the points of each domain before
 * and after deflation, the total, the calculated and indicative budget, the panel decision, the
 * annual budget and the typical range. A figure the rules should have produced but did not, or
 * produced twice, is a fault in the rule set, named as such.
 */
final class RasReader {
  private RasReader() {}

  static RasResult read(
      Questionnaire q,
      PointsTable table,
      CalculationRequest request,
      String basis,
      RuleFacts facts) {
    Map<String, Integer> before = new HashMap<>();
    Map<String, Integer> after = new HashMap<>();
    TotalPoints total = null;
    CalculatedBudget calculated = null;
    IndicativeBudget indicative = null;
    PanelReview panel = null;
    AnnualBudget annual = null;
    TypicalRange range = null;
    for (Object f : facts.all()) {
      if (f instanceof DomainPoints p) {
        before.put(p.getDomain(), p.getPoints());
      } else if (f instanceof DeflatedPoints p) {
        after.put(p.getDomain(), p.getPoints());
      } else if (f instanceof TotalPoints t) {
        total = facts.first(total, t, "total points");
      } else if (f instanceof CalculatedBudget c) {
        calculated = facts.first(calculated, c, "calculated budget");
      } else if (f instanceof IndicativeBudget i) {
        indicative = facts.first(indicative, i, "indicative budget");
      } else if (f instanceof PanelReview p) {
        panel = facts.first(panel, p, "panel review decision");
      } else if (f instanceof AnnualBudget a) {
        annual = facts.first(annual, a, "annual budget");
      } else if (f instanceof TypicalRange t) {
        range = facts.first(range, t, "typical range");
      }
    }
    List<RasResult.DomainResult> domains = new ArrayList<>();
    int sumBefore = 0;
    for (var d : q.domains()) {
      int level = request.needs().get(d.code());
      Integer p = facts.required(before.get(d.code()), "points for domain " + d.code());
      Integer a = facts.required(after.get(d.code()), "deflated points for domain " + d.code());
      sumBefore += p;
      domains.add(
          new RasResult.DomainResult(
              d.code(),
              d.title(),
              level,
              table.statement(d.code(), level),
              p,
              request.informalSupport().getOrDefault(d.code(), BigDecimal.ZERO),
              a));
    }
    facts.required(total, "total points");
    facts.required(calculated, "calculated budget");
    facts.required(indicative, "indicative budget");
    facts.required(panel, "panel review decision");
    facts.required(annual, "annual budget");
    return new RasResult(
        basis,
        request.person().primarySupportReason().name(),
        domains,
        sumBefore,
        total.getPoints(),
        calculated.getPricePerPoint(),
        calculated.getWeekly(),
        indicative.getFloor(),
        indicative.isFloorApplied(),
        indicative.getWeekly(),
        panel.getCeiling(),
        panel.isRequired(),
        annual.getWeeksPerYear(),
        annual.getAnnual(),
        range);
  }
}
