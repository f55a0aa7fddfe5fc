package org.openras.benchmarks.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.EligibilityRequest;
import org.openras.engine.request.EligibilityRequest.OutcomeRecord;
import tools.jackson.databind.JsonNode;

/**
 * Eligibility in plain Java, as {@code rules/eligibility/<version>/*.drl} decide it. Care Act 2014
 * (SI 2015/313): the adult meets condition 1 with an impairment or illness, condition 2 when the
 * outcomes recorded with at least one limb reach the number required, condition 3 with a
 * significant impact on wellbeing; the carer meets condition 1 with necessary care, condition 2
 * when their health is at risk or the carer outcomes recorded reach the number required, condition
 * 3 likewise. FACS: the person's band is the highest of their risk factors' bands, eligible at or
 * above the council's threshold band. Then the RAS footing. Numbers required, the threshold, the
 * outcome vocabulary and the bands come from the version's parameters.yaml and criteria.yaml.
 */
final class PlainEligibility {
  static final String ELIGIBLE = "ELIGIBLE";
  static final String SHOWN_ON_REQUEST = "NOT_ELIGIBLE_SHOWN_ON_REQUEST";
  static final String NO_FIGURE = "NOT_ELIGIBLE_NO_FIGURE";

  private final List<RuleFiles.Version> versions = RuleFiles.versions("eligibility");
  private final List<Rules> rules = versions.stream().map(Rules::new).toList();

  /** One version's vocabulary and figures. */
  private static final class Rules {
    final String version;
    final boolean careAct;
    final String[] adultOutcomes;
    final String[] carerOutcomes;
    final Map<String, Integer> riskFactorRank = new HashMap<>();
    final Map<String, String> bandOfRank = new HashMap<>();
    final Map<String, Integer> bandRank = new HashMap<>();
    final Dated<Integer> adultRequired;
    final Dated<Integer> carerRequired;
    final Dated<String> threshold;

    Rules(RuleFiles.Version v) {
      version = v.version();
      JsonNode criteria = v.file("criteria.yaml");
      careAct = criteria.get("framework").asString().equals("CARE_ACT_2014");
      adultOutcomes = careAct ? codes(criteria.path("adult").path("outcomes")) : new String[0];
      carerOutcomes = careAct ? codes(criteria.path("carer").path("outcomes")) : new String[0];
      JsonNode bands = criteria.path("bands");
      for (int i = 0; i < bands.size(); i++) {
        int rank = bands.size() - i; // highest band first; the lowest is 1
        String band = bands.get(i).get("code").asString();
        bandRank.put(band, rank);
        bandOfRank.put(Integer.toString(rank), band);
        for (JsonNode f : bands.get(i).path("riskFactors")) {
          riskFactorRank.put(f.get("code").asString(), rank);
        }
      }
      JsonNode p = v.parameters();
      adultRequired = Dated.of(p, "adultOutcomesRequired", Integer::valueOf);
      carerRequired = Dated.of(p, "carerOutcomesRequired", Integer::valueOf);
      threshold = Dated.of(p, "threshold", s -> s);
    }

    private static String[] codes(JsonNode items) {
      String[] out = new String[items.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = items.get(i).get("code").asString();
      }
      return out;
    }
  }

  EligibilityFigures decide(CalculationRequest request) {
    long day = request.assessmentDate().toEpochDay();
    Rules r = RuleFiles.inForce(versions, rules, day);
    if (r == null) {
      throw new IllegalArgumentException(
          "no eligibility version covers " + request.assessmentDate());
    }
    EligibilityRequest e = request.eligibility();
    EligibilityFigures.Party adult;
    EligibilityFigures.Party carer = null;
    String band = null;
    if (r.careAct) {
      int counted = counted(r.adultOutcomes, e.outcomes());
      boolean c1 = e.impairmentOrIllness();
      boolean c2 = counted >= r.adultRequired.at(day);
      boolean c3 = e.significantImpactOnWellbeing();
      adult = new EligibilityFigures.Party(c1 && c2 && c3, new boolean[] {c1, c2, c3}, counted);
      if (e.carer() != null) {
        var c = e.carer();
        int carerCounted = counted(r.carerOutcomes, c.outcomes());
        boolean k1 = c.necessaryCare();
        boolean k2 = c.healthAtRisk() || carerCounted >= r.carerRequired.at(day);
        boolean k3 = c.significantImpactOnWellbeing();
        carer =
            new EligibilityFigures.Party(k1 && k2 && k3, new boolean[] {k1, k2, k3}, carerCounted);
      }
    } else {
      int rank = 0;
      for (String code : e.riskFactorsRecorded()) {
        rank = Math.max(rank, r.riskFactorRank.get(code));
      }
      Integer threshold = r.bandRank.get(r.threshold.at(day));
      if (threshold == null) {
        throw new IllegalStateException("the FACS threshold is not a band");
      }
      boolean eligible = rank > 0 && rank >= threshold;
      band = rank == 0 ? null : r.bandOfRank.get(Integer.toString(rank));
      adult = new EligibilityFigures.Party(eligible, new boolean[] {eligible}, 0);
    }
    String basis = null;
    if (request.needs() != null) {
      basis = adult.eligible() ? ELIGIBLE : e.rasWanted() ? SHOWN_ON_REQUEST : NO_FIGURE;
    }
    return new EligibilityFigures(r.version, r.careAct, adult, carer, band, basis);
  }

  /** How many of the vocabulary's outcomes are recorded with at least one limb. */
  private static int counted(String[] vocabulary, Map<String, OutcomeRecord> recorded) {
    if (recorded == null) {
      return 0;
    }
    int n = 0;
    for (String code : vocabulary) {
      OutcomeRecord o = recorded.get(code);
      if (o != null && !o.limbs().isEmpty()) {
        n++;
      }
    }
    return n;
  }
}
