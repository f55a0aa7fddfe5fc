package org.openras.engine.eligibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.area.RuleFacts;
import org.openras.engine.eligibility.EligibilityResult.Condition;
import org.openras.engine.eligibility.EligibilityResult.Decision;
import org.openras.engine.eligibility.EligibilityResult.Facs;
import org.openras.engine.eligibility.EligibilityResult.OutcomeCounted;
import org.openras.engine.eligibility.EligibilityResult.RiskFactorRecorded;
import org.openras.engine.request.CalculationRequest;

/**
 * Reads the decisions back from the facts the rules inserted. A decision, condition or RAS footing
 * the rules should have produced but did not is a fault in the rule set, named as such.
 */
final class EligibilityReader {
  private final Criteria criteria;
  private final CalculationRequest request;
  private final RuleFacts facts;

  EligibilityReader(Criteria criteria, CalculationRequest request, RuleFacts facts) {
    this.criteria = criteria;
    this.request = request;
    this.facts = facts;
  }

  EligibilityResult read() {
    var carer = request.eligibility().carer();
    Decision adult = decision(OutcomeAssessment.ADULT, null);
    Decision carerDecision =
        carer == null ? null : decision(OutcomeAssessment.CARER, carer.carerRef());
    RasBasis basis = null;
    if (request.needs() != null) {
      basis = only(RasBasis.class, "RAS footing");
    }
    return new EligibilityResult(
        criteria.framework(),
        criteria.title(),
        adult,
        carerDecision,
        basis == null ? null : basis.getBasis(),
        basis == null ? null : basis.getStatement());
  }

  private Decision decision(String party, String reference) {
    EligibilityDecision d =
        one(
            of(EligibilityDecision.class).stream().filter(x -> x.getParty().equals(party)).toList(),
            party + " decision");
    List<Condition> conditions =
        of(ConditionFinding.class).stream()
            .filter(f -> f.getParty().equals(party))
            .sorted(Comparator.comparing(ConditionFinding::getCondition))
            .map(f -> new Condition(f.getCondition(), f.isMet(), f.getStatement(), f.getCitation()))
            .toList();
    if (conditions.isEmpty()) {
      throw facts.incomplete("no rule found the " + party + "'s conditions met or failed");
    }
    return new Decision(
        party,
        reference,
        d.isEligible(),
        d.getStatement(),
        d.getCitation(),
        conditions,
        criteria.careAct() ? counted(party) : null,
        criteria.careAct() ? null : facs(d));
  }

  private List<OutcomeCounted> counted(String party) {
    Criteria.Party vocabulary =
        party.equals(OutcomeAssessment.ADULT) ? criteria.adult() : criteria.carer();
    Map<String, CountedOutcome> byCode = new HashMap<>();
    for (CountedOutcome c : of(CountedOutcome.class)) {
      if (c.getParty().equals(party)) {
        byCode.putIfAbsent(c.getCode(), c);
      }
    }
    List<OutcomeCounted> out = new ArrayList<>();
    for (Criteria.Item item : vocabulary.outcomes()) {
      CountedOutcome c = byCode.get(item.code());
      if (c != null) {
        out.add(
            new OutcomeCounted(
                item.code(),
                item.title(),
                c.getOutcome().getLimbs(),
                c.getOutcome().isFluctuating(),
                c.getOutcome().isMetByCarer(),
                item.citation() + "; " + c.getCitation()));
      }
    }
    return out;
  }

  private Facs facs(EligibilityDecision d) {
    List<RiskFactorRecorded> recorded =
        request.eligibility().riskFactorsRecorded().stream()
            .distinct()
            .map(
                code ->
                    new RiskFactorRecorded(
                        code,
                        criteria.riskFactor(code).orElseThrow().title(),
                        criteria.bandOf(code).orElseThrow().code()))
            .toList();
    String citation =
        criteria.bands().stream()
            .filter(b -> b.code().equals(d.getBand()))
            .map(Criteria.Band::citation)
            .findFirst()
            .orElse(null);
    return new Facs(d.getBand(), citation, d.getThreshold(), recorded);
  }

  private <T> List<T> of(Class<T> type) {
    return facts.all(type);
  }

  private <T> T only(Class<T> type, String what) {
    return facts.one(type, what);
  }

  private <T> T one(List<T> found, String what) {
    return facts.one(found, what);
  }
}
