package org.openras.engine.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.engine.eligibility.EligibilityRequests.FACS_DAY;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openras.engine.TestRules;
import org.openras.engine.eligibility.EligibilityResult.Decision;
import org.openras.engine.request.EligibilityRequest.CarerRequest;
import org.openras.engine.request.EligibilityRequest.OutcomeRecord;
import org.quicktheories.core.Gen;

/** The laws of eligibility, over generated assessments run through the shipped rules. */
class EligibilityProperties {
  static final int EXAMPLES = 300;
  static final List<String> ADULT_OUTCOMES =
      List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
  static final List<String> CARER_OUTCOMES = List.of("a", "b", "c", "d", "e", "f", "g", "h");
  static final List<String> ADULT_LIMBS =
      List.of(
          "WITHOUT_ASSISTANCE",
          "SIGNIFICANT_PAIN_DISTRESS_ANXIETY",
          "ENDANGERS_HEALTH_OR_SAFETY",
          "TAKES_SIGNIFICANTLY_LONGER");
  static final List<String> CARER_LIMBS = ADULT_LIMBS.subList(0, 3);

  /** A non-empty set of limbs, as a bit mask over the list. */
  static Gen<List<String>> limbs(List<String> all) {
    return range(1, (1 << all.size()) - 1)
        .map(
            mask -> {
              List<String> out = new ArrayList<>();
              for (int i = 0; i < all.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                  out.add(all.get(i));
                }
              }
              return out;
            });
  }

  static Gen<OutcomeRecord> record(List<String> limbs) {
    return limbs(limbs).zip(booleans(), booleans(), OutcomeRecord::new);
  }

  /** Any subset of the outcomes, each with limbs, perhaps fluctuating, perhaps met by a carer. */
  static Gen<Map<String, OutcomeRecord>> outcomes(List<String> codes, List<String> limbs) {
    Gen<OutcomeRecord> record = record(limbs);
    Gen<Boolean> present = booleans();
    return in -> {
      Map<String, OutcomeRecord> out = new LinkedHashMap<>();
      for (String code : codes) {
        if (present.generate(in)) {
          out.put(code, record.generate(in));
        }
      }
      return out;
    };
  }

  static Gen<CarerRequest> carers() {
    Gen<Map<String, OutcomeRecord>> outcomes = outcomes(CARER_OUTCOMES, CARER_LIMBS);
    return booleans()
        .zip(
            booleans(),
            outcomes,
            booleans(),
            (care, health, recorded, impact) ->
                new CarerRequest("CARER-1", care, health, recorded, impact));
  }

  static Decision adultDecision(
      boolean impairment, boolean impact, Map<String, OutcomeRecord> outcomes, CarerRequest c) {
    return TestRules.engine()
        .calculate(EligibilityRequests.adult(impairment, impact, outcomes, c))
        .eligibility()
        .adult();
  }

  @Test
  void addingAnOutcomeThatCannotBeAchievedNeverTurnsEligibleIntoNotEligible() {
    qt().withExamples(EXAMPLES)
        .forAll(
            outcomes(ADULT_OUTCOMES, ADULT_LIMBS),
            pick(ADULT_OUTCOMES),
            record(ADULT_LIMBS),
            booleans())
        .check(
            (outcomes, code, added, impairment) -> {
              Map<String, OutcomeRecord> more = new LinkedHashMap<>(outcomes);
              more.put(code, added);
              boolean before = adultDecision(impairment, true, outcomes, null).eligible();
              boolean after = adultDecision(impairment, true, more, null).eligible();
              return !before || after;
            });
  }

  @Test
  void theGeneratorsReachEligibleAndNotEligibleAdultsAndCarers() {
    Set<Boolean> adults = new HashSet<>();
    Set<Boolean> carers = new HashSet<>();
    // A fixed seed: this checks the generators' reach, so it must not depend on the run's luck.
    qt().withFixedSeed(20261124L)
        .withExamples(400)
        .forAll(outcomes(ADULT_OUTCOMES, ADULT_LIMBS), carers())
        .checkAssert(
            (outcomes, carer) -> {
              var r =
                  TestRules.engine()
                      .calculate(EligibilityRequests.adult(true, true, outcomes, carer))
                      .eligibility();
              adults.add(r.adult().eligible());
              carers.add(r.carer().eligible());
            });
    assertThat(adults).containsExactlyInAnyOrder(true, false);
    assertThat(carers).containsExactlyInAnyOrder(true, false);
  }

  @Test
  void withConditionOneOrThreeFalseTheAdultIsNeverEligible() {
    qt().withExamples(EXAMPLES)
        .forAll(outcomes(ADULT_OUTCOMES, ADULT_LIMBS), booleans(), booleans())
        .assuming((outcomes, impairment, impact) -> !impairment || !impact)
        .check(
            (outcomes, impairment, impact) ->
                !adultDecision(impairment, impact, outcomes, null).eligible());
  }

  @Test
  void theAdultsDecisionNeverDependsOnCarerInput() {
    qt().withExamples(EXAMPLES)
        .forAll(outcomes(ADULT_OUTCOMES, ADULT_LIMBS), booleans(), booleans(), carers())
        .check(
            (outcomes, impairment, impact, carer) ->
                adultDecision(impairment, impact, outcomes, carer)
                    .equals(adultDecision(impairment, impact, outcomes, null)));
  }

  @Test
  void underFacsARiskFactorAddedNeverLowersTheBandNorTakesEligibilityAway() {
    Criteria facs =
        new EligibilityArea()
            .criteria(
                TestRules.engine().catalogue().find("eligibility", "2003-04-01").orElseThrow());
    List<String> codes = facs.riskFactorCodes();
    Gen<List<String>> some =
        in -> {
          List<String> out = new ArrayList<>();
          Gen<Boolean> present = range(0, 4).map(n -> n == 0);
          codes.forEach(
              c -> {
                if (present.generate(in)) {
                  out.add(c);
                }
              });
          return out;
        };
    qt().withExamples(EXAMPLES)
        .forAll(some, pick(codes))
        .check(
            (recorded, added) -> {
              List<String> more = new ArrayList<>(recorded);
              more.add(added);
              Decision before = facsDecision(recorded);
              Decision after = facsDecision(more);
              return facs.rank(after.facs().band()) >= facs.rank(before.facs().band())
                  && (!before.eligible() || after.eligible());
            });
  }

  static Decision facsDecision(List<String> riskFactors) {
    return TestRules.engine()
        .calculate(EligibilityRequests.facs(FACS_DAY, riskFactors.toArray(String[]::new)))
        .eligibility()
        .adult();
  }
}
