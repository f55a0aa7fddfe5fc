package org.openras.engine.ras;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.runtime.KieSession;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.compile.CompiledRuleSet;
import org.openras.engine.explain.Reason;
import org.openras.engine.params.Overrides;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.FieldError;

/**
 * The RAS area: checks a request's needs against the questionnaire of the version in force, runs
 * the version's rules, and reads the figures back from the facts the rules inserted.
 */
public final class RasArea {
  public static final String AREA = "ras";

  private final Map<String, Questionnaire> questionnaires = new ConcurrentHashMap<>();
  private final Map<String, PointsTable> pointsTables = new ConcurrentHashMap<>();

  /** The questionnaire of a version, parsed once. */
  public Questionnaire questionnaire(RuleSetVersion version) {
    return questionnaires.computeIfAbsent(version.hash(), h -> Questionnaire.load(version));
  }

  private PointsTable pointsTable(RuleSetVersion version) {
    return pointsTables.computeIfAbsent(
        version.hash(), h -> new PointsTable(version, questionnaire(version)));
  }

  /** Adds an error for every answer or share the version's questionnaire cannot take. */
  public void validate(
      CalculationRequest request, RuleSetVersion version, List<FieldError> errors) {
    Questionnaire q = questionnaire(version);
    PointsTable table = pointsTable(version);
    if (request.person() == null || request.person().primarySupportReason() == null) {
      errors.add(
          new FieldError(
              "person.primarySupportReason",
              "is required to price the points (one of the national primary support reasons)"));
    }
    for (var answer : request.needs().entrySet()) {
      String field = "needs." + answer.getKey();
      var domain = java.util.Optional.ofNullable(table.domain(answer.getKey()));
      if (domain.isEmpty()) {
        errors.add(new FieldError(field, "unknown domain; the domains are " + q.byCode().keySet()));
      } else if (answer.getValue() == null
          || answer.getValue() < 0
          || answer.getValue() > domain.get().maxLevel()) {
        errors.add(
            new FieldError(
                field,
                "answer level "
                    + answer.getValue()
                    + " is out of range; levels run from 0 to "
                    + domain.get().maxLevel()));
      }
    }
    for (Questionnaire.Domain d : q.domains()) {
      String code = d.code();
      if (!request.needs().containsKey(code)) {
        errors.add(
            new FieldError(
                "needs." + code,
                "no answer; answer every domain (level 0 where there is no need)"));
      }
    }
    for (var share : request.informalSupport().entrySet()) {
      String field = "informalSupport." + share.getKey();
      BigDecimal value = share.getValue();
      if (table.domain(share.getKey()) == null) {
        errors.add(new FieldError(field, "unknown domain; the domains are " + q.byCode().keySet()));
      } else if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
        errors.add(new FieldError(field, "the share met by unpaid carers must be between 0 and 1"));
      }
    }
  }

  /** The figures, the reasons the rules gave and the parameters they read. */
  public record Outcome(RasResult result, List<Reason> reasons, List<ParameterRead> parameters) {}

  public Outcome run(
      CompiledRuleSet compiled, CalculationRequest request, String basis, AtomicInteger sequence) {
    return run(compiled, request, basis, sequence, Overrides.NONE);
  }

  /**
   * As {@link #run(CompiledRuleSet, CalculationRequest, String, AtomicInteger)}, with overrides.
   */
  public Outcome run(
      CompiledRuleSet compiled,
      CalculationRequest request,
      String basis,
      AtomicInteger sequence,
      Overrides overrides) {
    RuleSetVersion version = compiled.version();
    Questionnaire q = questionnaire(version);
    PointsTable table = pointsTable(version);
    RasContext ctx =
        new RasContext(request.assessmentDate(), version, compiled.parameters(), table, sequence);
    ctx.useOverrides(overrides);
    KieSession session = compiled.newSession();
    List<Object> facts;
    try {
      session.setGlobal("ctx", ctx);
      session.insert(new RasPerson(request.person().primarySupportReason()));
      for (var domain : q.domains()) {
        BigDecimal share = request.informalSupport().getOrDefault(domain.code(), BigDecimal.ZERO);
        session.insert(
            new DomainAnswer(
                domain.code(), request.needs().get(domain.code()), domain.deflatable(), share));
      }
      compiled.fire(session);
      facts = new ArrayList<>(session.getObjects());
    } finally {
      session.dispose();
    }
    return new Outcome(
        read(version, q, table, request, basis, facts), ctx.reasons(), ctx.parametersRead());
  }

  private static RasResult read(
      RuleSetVersion version,
      Questionnaire q,
      PointsTable table,
      CalculationRequest request,
      String basis,
      List<Object> facts) {
    Map<String, Integer> before = new HashMap<>();
    Map<String, Integer> after = new HashMap<>();
    TotalPoints total = null;
    CalculatedBudget calculated = null;
    IndicativeBudget indicative = null;
    PanelReview panel = null;
    AnnualBudget annual = null;
    TypicalRange range = null;
    for (Object f : facts) {
      if (f instanceof DomainPoints p) {
        before.put(p.getDomain(), p.getPoints());
      } else if (f instanceof DeflatedPoints p) {
        after.put(p.getDomain(), p.getPoints());
      } else if (f instanceof TotalPoints t) {
        total = one(version, total, t, "total points");
      } else if (f instanceof CalculatedBudget c) {
        calculated = one(version, calculated, c, "calculated budget");
      } else if (f instanceof IndicativeBudget i) {
        indicative = one(version, indicative, i, "indicative budget");
      } else if (f instanceof PanelReview p) {
        panel = one(version, panel, p, "panel review decision");
      } else if (f instanceof AnnualBudget a) {
        annual = one(version, annual, a, "annual budget");
      } else if (f instanceof TypicalRange t) {
        range = one(version, range, t, "typical range");
      }
    }
    List<RasResult.DomainResult> domains = new ArrayList<>();
    int sumBefore = 0;
    for (var d : q.domains()) {
      int level = request.needs().get(d.code());
      Integer p = required(version, before.get(d.code()), "points for domain " + d.code());
      Integer a = required(version, after.get(d.code()), "deflated points for domain " + d.code());
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
    required(version, total, "total points");
    required(version, calculated, "calculated budget");
    required(version, indicative, "indicative budget");
    required(version, panel, "panel review decision");
    required(version, annual, "annual budget");
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

  private static <T> T one(RuleSetVersion version, T existing, T found, String what) {
    if (existing != null) {
      throw incomplete(version, "more than one rule produced the " + what);
    }
    return found;
  }

  private static <T> T required(RuleSetVersion version, T value, String what) {
    if (value == null) {
      throw incomplete(version, "no rule produced the " + what);
    }
    return value;
  }

  private static InvalidRuleSetException incomplete(RuleSetVersion version, String problem) {
    return new InvalidRuleSetException(
        version.source().location(), problem + "; check the rules' conditions cover every case");
  }
}
