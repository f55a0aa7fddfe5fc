package org.openras.benchmarks.design;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.openras.engine.area.RuleArea;
import org.openras.engine.area.RuleFacts;
import org.openras.engine.compile.CompiledRuleSet;
import org.openras.engine.ras.AnnualBudget;
import org.openras.engine.ras.CalculatedBudget;
import org.openras.engine.ras.IndicativeBudget;
import org.openras.engine.ras.PanelReview;
import org.openras.engine.ras.Questionnaire;
import org.openras.engine.ras.RasArea;
import org.openras.engine.ras.RasResult;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.FieldError;

/**
 * The RAS area of the design without intermediate facts (docs/adr/0033), run by the engine's own
 * {@link org.openras.engine.area.AreaRunner} as the engine's {@link RasArea} is: the same checks
 * and the same facts (the person and one answer per domain), a {@link DesignContext} as {@code
 * ctx}, and the result read from the context's points and the four budget facts.
 */
public final class DesignRasArea implements RuleArea<RasArea.Input, DesignContext, RasResult> {
  private final RasArea engines = new RasArea();
  private final Map<String, DesignTable> tables = new ConcurrentHashMap<>();
  private final boolean explain;

  /** With {@code explain} false, the run keeps no reasons and no parameter reads. */
  public DesignRasArea(boolean explain) {
    this.explain = explain;
  }

  private DesignTable table(CompiledRuleSet compiled) {
    return tables.computeIfAbsent(
        compiled.version().hash(), h -> new DesignTable(compiled.version()));
  }

  @Override
  public String area() {
    return RasArea.AREA;
  }

  @Override
  public boolean asked(CalculationRequest request) {
    return engines.asked(request);
  }

  @Override
  public void validate(
      CalculationRequest request, CompiledRuleSet compiled, List<FieldError> errors) {
    engines.validate(request, compiled, errors);
  }

  @Override
  public DesignContext context(
      CompiledRuleSet compiled, RasArea.Input input, AtomicInteger sequence) {
    return new DesignContext(
        input.request().assessmentDate(),
        compiled.version(),
        compiled.parameters(),
        table(compiled),
        sequence,
        explain);
  }

  @Override
  public List<Object> facts(CompiledRuleSet compiled, RasArea.Input input, DesignContext ctx) {
    return engines.facts(compiled, input, null);
  }

  @Override
  public RasResult read(RasArea.Input input, RuleFacts facts, DesignContext ctx) {
    CalculatedBudget calculated = null;
    IndicativeBudget indicative = null;
    PanelReview panel = null;
    AnnualBudget annual = null;
    for (Object f : facts.all()) {
      if (f instanceof CalculatedBudget c) {
        calculated = facts.first(calculated, c, "calculated budget");
      } else if (f instanceof IndicativeBudget i) {
        indicative = facts.first(indicative, i, "indicative budget");
      } else if (f instanceof PanelReview p) {
        panel = facts.first(panel, p, "panel review decision");
      } else if (f instanceof AnnualBudget a) {
        annual = facts.first(annual, a, "annual budget");
      }
    }
    CalculationRequest request = input.request();
    DesignTable table = tables.get(facts.version().hash());
    Questionnaire q = table.questionnaire();
    List<RasResult.DomainResult> domains = new ArrayList<>(q.domains().size());
    int sumBefore = 0;
    for (int i = 0; i < q.domains().size(); i++) {
      Questionnaire.Domain d = q.domains().get(i);
      int level = request.needs().get(d.code());
      int before = ctx.before(i);
      int after = ctx.after(i);
      if (before < 0) {
        throw facts.incomplete("no rule produced the points for domain " + d.code());
      }
      if (after < 0) {
        throw facts.incomplete("no rule produced the deflated points for domain " + d.code());
      }
      sumBefore += before;
      domains.add(
          new RasResult.DomainResult(
              d.code(),
              d.title(),
              level,
              table.statement(i, level),
              before,
              request.informalSupport().getOrDefault(d.code(), BigDecimal.ZERO),
              after));
    }
    facts.required(calculated, "calculated budget");
    facts.required(indicative, "indicative budget");
    facts.required(panel, "panel review decision");
    facts.required(annual, "annual budget");
    return new RasResult(
        input.basis(),
        request.person().primarySupportReason().name(),
        domains,
        sumBefore,
        ctx.totalPoints(),
        calculated.getPricePerPoint(),
        calculated.getWeekly(),
        indicative.getFloor(),
        indicative.isFloorApplied(),
        indicative.getWeekly(),
        panel.getCeiling(),
        panel.isRequired(),
        annual.getWeeksPerYear(),
        annual.getAnnual(),
        null);
  }
}
