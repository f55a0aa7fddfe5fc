package org.openras.engine.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.runtime.KieSession;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.compile.CompiledRuleSet;
import org.openras.engine.eligibility.EligibilityRequest.OutcomeRecord;
import org.openras.engine.explain.Reason;
import org.openras.engine.params.Overrides;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.FieldError;

/**
 * The eligibility area: checks a request's eligibility section against the vocabulary of the
 * version in force (Care Act 2014 or FACS), runs the version's rules, and reads the decisions back
 * from the facts the rules inserted. Runs before the RAS, whose footing it decides.
 */
public final class EligibilityArea {
  public static final String AREA = "eligibility";

  private final Map<String, Criteria> criteria = new ConcurrentHashMap<>();

  /** The vocabulary of a version, parsed once. */
  public Criteria criteria(RuleSetVersion version) {
    return criteria.computeIfAbsent(version.hash(), h -> Criteria.load(version));
  }

  /** Adds an error for every field the version's framework and vocabulary cannot take. */
  public void validate(
      CalculationRequest request, RuleSetVersion version, List<FieldError> errors) {
    new EligibilityChecks(request, version, criteria(version), errors).check();
  }

  /** The decisions, the reasons the rules gave and the parameters they read. */
  public record Outcome(
      EligibilityResult result, List<Reason> reasons, List<ParameterRead> parameters) {}

  public Outcome run(
      CompiledRuleSet compiled,
      CalculationRequest request,
      AtomicInteger sequence,
      Overrides overrides) {
    RuleSetVersion version = compiled.version();
    Criteria c = criteria(version);
    EligibilityContext ctx =
        new EligibilityContext(
            request.assessmentDate(), version, compiled.parameters(), c, sequence);
    ctx.useOverrides(overrides);
    KieSession session = compiled.newSession();
    List<Object> facts;
    try {
      session.setGlobal("ctx", ctx);
      facts(c, request).forEach(session::insert);
      compiled.fire(session);
      facts = new ArrayList<>(session.getObjects());
    } finally {
      session.dispose();
    }
    EligibilityResult result = new EligibilityReader(version, c, request, facts).read();
    return new Outcome(result, ctx.reasons(), ctx.parametersRead());
  }

  /** The facts a request gives the rules, in the order the vocabulary lists them. */
  static List<Object> facts(Criteria c, CalculationRequest request) {
    EligibilityRequest e = request.eligibility();
    List<Object> facts = new ArrayList<>();
    if (c.careAct()) {
      facts.add(new AdultAssessment(e.impairmentOrIllness(), e.significantImpactOnWellbeing()));
      outcomes(c.adult(), OutcomeAssessment.ADULT, e.outcomes(), facts);
      if (e.carer() != null) {
        var carer = e.carer();
        facts.add(
            new CarerAssessment(
                carer.carerRef(),
                carer.necessaryCare(),
                carer.healthAtRisk(),
                carer.significantImpactOnWellbeing()));
        outcomes(c.carer(), OutcomeAssessment.CARER, carer.outcomes(), facts);
      }
    } else {
      for (String code : e.riskFactors()) {
        String band = c.bandOf(code).orElseThrow().code();
        facts.add(new RiskFactor(code, band, c.rank(band)));
      }
    }
    if (request.needs() != null) {
      facts.add(new RasRequest(e.rasWanted()));
    }
    return facts;
  }

  private static void outcomes(
      Criteria.Party party, String who, Map<String, OutcomeRecord> recorded, List<Object> facts) {
    if (recorded == null) {
      return;
    }
    for (Criteria.Item outcome : party.outcomes()) {
      OutcomeRecord r = recorded.get(outcome.code());
      if (r != null) {
        facts.add(
            new OutcomeAssessment(
                who,
                outcome.code(),
                outcome.title(),
                r.limbs().stream().distinct().toList(),
                r.isFluctuating(),
                r.isMetByCarer()));
      }
    }
  }
}
