package org.openras.engine.eligibility;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.EligibilityRequest;
import org.openras.engine.request.EligibilityRequest.CarerRequest;
import org.openras.engine.request.EligibilityRequest.OutcomeRecord;
import org.openras.engine.request.FieldError;

/**
 * Checks an eligibility section against the vocabulary of the version in force: the framework's own
 * fields only, known outcome, limb and risk-factor codes, a limb for every outcome recorded, no
 * carer limb the carer test does not have, and the carer's own pseudonymous reference.
 */
final class EligibilityChecks {
  /** As for personRef: a reference, never a name (no spaces). */
  private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final CalculationRequest request;
  private final RuleSetVersion version;
  private final Criteria criteria;
  private final List<FieldError> errors;

  EligibilityChecks(
      CalculationRequest request,
      RuleSetVersion version,
      Criteria criteria,
      List<FieldError> errors) {
    this.request = request;
    this.version = version;
    this.criteria = criteria;
    this.errors = errors;
  }

  void check() {
    EligibilityRequest e = request.eligibility();
    if (criteria.careAct()) {
      careAct(e);
    } else {
      facs(e);
    }
  }

  private void careAct(EligibilityRequest e) {
    if (e.riskFactors() != null) {
      error("riskFactors", "is a FACS field, but " + framework() + "; record outcomes instead");
    }
    required(e.impairmentOrIllness(), "impairmentOrIllness", "reg 2(1)(a)");
    required(e.significantImpactOnWellbeing(), "significantImpactOnWellbeing", "reg 2(1)(c)");
    outcomes(e.outcomes(), criteria.adult(), "outcomes", false);
    if (e.carer() != null) {
      carer(e.carer());
    }
  }

  private void carer(CarerRequest c) {
    if (c.carerRef() == null || c.carerRef().isBlank()) {
      error("carer.carerRef", "is required: the carer's own pseudonymous reference");
    } else if (!REF.matcher(c.carerRef()).matches()) {
      error(
          "carer.carerRef",
          "must be a pseudonymous reference of 1 to 64 letters, digits, '.', '-' or '_' (never a"
              + " name)");
    } else if (c.carerRef().equals(request.personRef())) {
      error("carer.carerRef", "must be the carer's own reference, not the adult's personRef");
    }
    required(c.necessaryCare(), "carer.necessaryCare", "reg 3(1)(a)");
    required(c.healthAtRisk(), "carer.healthAtRisk", "reg 3(2)(a)");
    required(c.significantImpactOnWellbeing(), "carer.significantImpactOnWellbeing", "reg 3(1)(c)");
    outcomes(c.outcomes(), criteria.carer(), "carer.outcomes", true);
  }

  private void outcomes(
      Map<String, OutcomeRecord> outcomes, Criteria.Party party, String field, boolean carer) {
    if (outcomes == null) {
      return;
    }
    outcomes.forEach(
        (code, record) -> {
          if (party.outcome(code).isEmpty()) {
            error(
                field + "." + code,
                "unknown outcome '" + code + "'; the outcomes are " + party.outcomeCodes());
          } else if (record == null || record.limbs() == null || record.limbs().isEmpty()) {
            error(
                field + "." + code + ".limbs",
                "an outcome recorded as one that cannot be achieved needs at least one limb of "
                    + party.limbCodes()
                    + "; leave out an outcome that can be achieved");
          } else {
            record.limbs().forEach(limb -> limb(limb, party, field + "." + code + ".limbs", carer));
          }
        });
  }

  private void limb(String limb, Criteria.Party party, String field, boolean carer) {
    if (limb != null && party.hasLimb(limb)) {
      return;
    }
    if (carer && criteria.adult().hasLimb(limb)) {
      error(
          field,
          "the limb "
              + limb
              + " does not exist for carers: a carer has three limbs "
              + party.limbCodes()
              + " (SI 2015/313 reg 3(3); 'takes significantly longer' is an adult limb only)");
    } else {
      error(field, "unknown limb '" + limb + "'; the limbs are " + party.limbCodes());
    }
  }

  private void facs(EligibilityRequest e) {
    String instead = "is a Care Act 2014 field, but " + framework() + "; record riskFactors";
    if (e.impairmentOrIllness() != null) {
      error("impairmentOrIllness", instead);
    }
    if (e.outcomes() != null) {
      error("outcomes", instead);
    }
    if (e.significantImpactOnWellbeing() != null) {
      error("significantImpactOnWellbeing", instead);
    }
    if (e.carer() != null) {
      error("carer", instead + " (carers' eligibility starts with SI 2015/313 reg 3)");
    }
    List<String> recorded = e.riskFactorsRecorded();
    for (int i = 0; i < recorded.size(); i++) {
      String code = recorded.get(i);
      if (code == null || criteria.riskFactor(code).isEmpty()) {
        error(
            "riskFactors[" + i + "]",
            "unknown risk factor '"
                + code
                + "'; the risk factors are "
                + criteria.riskFactorCodes());
      }
    }
  }

  private String framework() {
    return "on "
        + request.assessmentDate()
        + " eligibility is decided under "
        + criteria.title()
        + " (eligibility "
        + version.version()
        + ", in force from "
        + version.effectiveFrom()
        + (version.lastDay() == null ? "" : " to " + version.lastDay())
        + ")";
  }

  private void required(Boolean value, String field, String paragraph) {
    if (value == null) {
      error(
          field,
          "is required: the practitioner's finding, true or false (SI 2015/313 " + paragraph + ")");
    }
  }

  private void error(String field, String problem) {
    errors.add(new FieldError("eligibility." + field, problem));
  }
}
