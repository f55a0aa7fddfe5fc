package org.openras.engine.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.openras.engine.area.RuleArea;
import org.openras.engine.area.RuleFacts;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.compile.CompiledRuleSet;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.EligibilityRequest;
import org.openras.engine.request.EligibilityRequest.OutcomeRecord;
import org.openras.engine.request.FieldError;

/**
 * The eligibility area ({@link RuleArea}): checks a request's eligibility section against the
 * vocabulary of the version in force (Care Act 2014 or FACS), gives the rules the assessment as
 * facts, and reads the decisions back from the facts the rules inserted ({@link
 * EligibilityReader}). Runs before the RAS, whose footing it decides.
 */
public final class EligibilityArea
    implements RuleArea<CalculationRequest, EligibilityContext, EligibilityResult> {
  public static final String AREA = "eligibility";

  private final Map<String, Criteria> criteria = new ConcurrentHashMap<>();

  /** The vocabulary of a version, parsed once. */
  public Criteria criteria(RuleSetVersion version) {
    return criteria.computeIfAbsent(version.hash(), h -> Criteria.load(version));
  }

  @Override
  public String area() {
    return AREA;
  }

  /** Eligibility runs when the request carries an eligibility section. */
  @Override
  public boolean asked(CalculationRequest request) {
    return request.eligibility() != null;
  }

  /** Adds an error for every field the version's framework and vocabulary cannot take. */
  @Override
  public void validate(
      CalculationRequest request, CompiledRuleSet compiled, List<FieldError> errors) {
    RuleSetVersion version = compiled.version();
    new EligibilityChecks(request, version, criteria(version), errors).check();
  }

  @Override
  public EligibilityContext context(
      CompiledRuleSet compiled, CalculationRequest request, AtomicInteger sequence) {
    RuleSetVersion version = compiled.version();
    return new EligibilityContext(
        request.assessmentDate(), version, compiled.parameters(), criteria(version), sequence);
  }

  @Override
  public List<Object> facts(
      CompiledRuleSet compiled, CalculationRequest request, EligibilityContext ctx) {
    return facts(criteria(compiled.version()), request);
  }

  /** Reads the decisions back from the facts the rules inserted ({@link EligibilityReader}). */
  @Override
  public EligibilityResult read(
      CalculationRequest request, RuleFacts facts, EligibilityContext ctx) {
    return new EligibilityReader(criteria(facts.version()), request, facts).read();
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
      for (String code : e.riskFactorsRecorded()) {
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
