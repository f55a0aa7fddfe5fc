package org.openras.engine.contribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.area.RuleFacts;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.money.Money;

/**
 * Reads the financial assessment back from the facts the rules inserted: first the weekly amounts
 * by name ({@link #figures}), then the result from them. A missing figure is a fault of the rule
 * set, never a silent zero.
 */
final class ContributionReader {
  private ContributionReader() {}

  static ContributionResult read(
      RuleSetVersion overlay, String localOptions, CostOfCare cost, RuleFacts facts) {
    Map<String, Money> figures = figures(facts);
    String category = null;
    for (Object f : facts.all()) {
      if (f instanceof MigCategory c) {
        category = c.getPersonalAmountKey();
      }
    }
    Money contribution = required(facts, figures, "contribution");
    Money maximum = required(facts, figures, "maximumCharge");
    return new ContributionResult(
        contribution,
        cost.getAmount(),
        cost.getSource(),
        required(facts, figures, "netCouncilAmount"),
        overlay == null
            ? null
            : new ContributionResult.CouncilOverlay(
                overlay.area().substring(CouncilOverlays.AREA_PREFIX.length()),
                overlay.area(),
                overlay.version(),
                overlay.hash()),
        localOptions,
        figures.containsKey("fullCost"),
        required(facts, figures, "countedCapital"),
        figures.get("tariffIncome"),
        figures.get("incomeCounted"),
        figures.get("incomeDisregarded"),
        figures.get("assessableIncome"),
        category,
        figures.get("mig.statutory"),
        figures.get("mig"),
        figures.get("housingCosts"),
        figures.get("disabilityRelatedExpenditure"),
        figures.get("allowances"),
        figures.get("disposableIncome"),
        figures.get("chargeableIncome"),
        maximum,
        maximum.isGreaterThan(cost.getAmount()));
  }

  /**
   * The weekly amounts the rules produced, by name: each {@link Figure} fact (versions written
   * before typed stages produce their amounts so) and each typed {@link StageAmount} as the figure
   * it stands for (docs/adr/0012). A name produced twice is a fault of the rule set.
   */
  static Map<String, Money> figures(RuleFacts facts) {
    Map<String, Money> figures = new HashMap<>();
    List<Figure> all = new ArrayList<>(facts.all(Figure.class));
    facts.all(StageAmount.class).forEach(amount -> all.add(amount.asFigure()));
    for (Figure fig : all) {
      if (figures.put(fig.getName(), fig.getAmount()) != null) {
        throw facts.incomplete("more than one rule produced the figure " + fig.getName());
      }
    }
    return figures;
  }

  private static Money required(RuleFacts facts, Map<String, Money> figures, String name) {
    Money m = figures.get(name);
    if (m == null) {
      throw facts.incomplete("no rule produced the figure " + name);
    }
    return m;
  }
}
