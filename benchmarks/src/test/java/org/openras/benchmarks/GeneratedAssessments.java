package org.openras.benchmarks;

import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.eligibility.Criteria;
import org.openras.engine.money.Money;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.EligibilityRequest;
import org.openras.engine.request.EligibilityRequest.CarerRequest;
import org.openras.engine.request.EligibilityRequest.OutcomeRecord;
import org.openras.engine.request.Finances;
import org.openras.engine.request.Household;
import org.openras.engine.request.Household.HouseholdType;
import org.openras.engine.request.HousingCosts;
import org.openras.engine.request.PersonDetails;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Whole assessments for the differential test, built on {@link GeneratedPeople}'s needs: a date in
 * any eligibility version (FACS from 2003, the Care Act from 2015), with the parts the versions in
 * force on it can take. FACS dates: risk factors only. Care Act dates before the RAS: eligibility
 * and finances with a plan's cost of care. From the first RAS version: eligibility (or none),
 * needs, unpaid support, a previous budget for transitional protection, finances (while a
 * contributions version is in force) with or without a plan's cost, and a council overlay (or
 * none). Amounts land on the capital limits, tariff steps and allowance edges as well as anywhere
 * between.
 */
final class GeneratedAssessments {
  private final OpenRasEngine engine;

  GeneratedAssessments(OpenRasEngine engine) {
    this.engine = engine;
  }

  Gen<CalculationRequest> assessments() {
    List<RuleSetVersion> eligibility = engine.catalogue().versions("eligibility");
    List<RuleSetVersion> ras = engine.catalogue().versions("ras");
    RuleSetVersion contributions = engine.catalogue().versions("contributions").get(0);
    List<String> incomeTypes =
        new ArrayList<>(
            ParameterSet.load(contributions)
                .definitions()
                .get("incomeTreatment")
                .values()
                .lastEntry()
                .getValue()
                .keySet());
    List<String> councils = engine.councils();
    LocalDate councilsFrom =
        councils.stream()
            .map(c -> engine.catalogue().versions("councils/" + c).get(0).effectiveFrom())
            .max(LocalDate::compareTo)
            .orElseThrow();
    Gen<CalculationRequest> withNeeds = GeneratedPeople.people(ras);
    return in -> {
      int era = range(0, 9).generate(in);
      if (era == 0) {
        RuleSetVersion facs = first(eligibility, "2003-04-01");
        LocalDate day = GeneratedPeople.days(facs).generate(in);
        return request(
            "GEN-FACS", day, person(in, day), null, null, null, null, facs(in, facs), null);
      }
      if (era <= 2) {
        RuleSetVersion careAct = first(eligibility, "2015-04-01");
        LocalDate from = careAct.effectiveFrom();
        LocalDate to = ras.get(0).effectiveFrom().minusDays(1);
        LocalDate day = between(in, from, to);
        return request(
            "GEN-CARE",
            day,
            person(in, day),
            null,
            null,
            finances(in, incomeTypes),
            money(in, 0, 90000),
            careAct(in, first(eligibility, "2015-04-01")),
            null);
      }
      CalculationRequest needs = withNeeds.generate(in);
      LocalDate day = needs.assessmentDate();
      PersonDetails person = person(in, day);
      person =
          new PersonDetails(
              person.dateOfBirth(), needs.person().primarySupportReason(), person.household());
      boolean financed = coin(in, 3) && !day.isAfter(contributions.lastDay());
      String council =
          financed && !day.isBefore(councilsFrom) && coin(in, 3)
              ? pick(councils).generate(in)
              : null;
      return request(
          "GEN-" + range(1, 9999).generate(in),
          day,
          person,
          needs,
          council,
          financed ? finances(in, incomeTypes) : null,
          financed && coin(in, 4) ? money(in, 0, 90000) : null,
          coin(in, 3) ? careAct(in, first(eligibility, "2015-04-01")) : null,
          coin(in, 3) ? money(in, 1, 90000) : null);
    };
  }

  private static CalculationRequest request(
      String ref,
      LocalDate day,
      PersonDetails person,
      CalculationRequest needs,
      String council,
      Finances finances,
      Money cost,
      EligibilityRequest eligibility,
      Money previous) {
    return new CalculationRequest(
        ref,
        day,
        person,
        needs == null ? null : needs.needs(),
        needs == null ? null : needs.informalSupport(),
        null,
        council,
        finances,
        cost,
        eligibility,
        previous);
  }

  private static RuleSetVersion first(List<RuleSetVersion> versions, String version) {
    return versions.stream().filter(v -> v.version().equals(version)).findFirst().orElseThrow();
  }

  /** An adult of any age on the day, often near 25 or pension age; any household. */
  private static PersonDetails person(RandomnessSource in, LocalDate day) {
    LocalDate born =
        coin(in, 3)
            ? day.minusYears(pick(List.of(25, 60, 61, 62, 63, 64, 65, 66, 67)).generate(in))
                .plusDays(range(-400, 400).generate(in))
            : day.minusYears(18).minusDays(range(0, 80 * 365).generate(in));
    if (born.isAfter(day.minusYears(18))) {
      born = day.minusYears(18);
    }
    HouseholdType type = pick(List.of(HouseholdType.values())).generate(in);
    LocalDate partner =
        type == HouseholdType.COUPLE
            ? day.minusYears(18).minusDays(range(0, 80 * 365).generate(in))
            : null;
    int children = type == HouseholdType.SINGLE && coin(in, 2) ? 0 : range(0, 3).generate(in);
    return new PersonDetails(
        born,
        org.openras.engine.request.PrimarySupportReason.PHYSICAL_PERSONAL_CARE,
        new Household(type, children, partner));
  }

  private static Finances finances(RandomnessSource in, List<String> incomeTypes) {
    Money capital =
        coin(in, 2)
            ? pick(List.of(
                    "0.00",
                    "14250.00",
                    "14250.01",
                    "14500.00",
                    "14500.01",
                    "17000.00",
                    "17000.01",
                    "23250.00",
                    "23250.01",
                    "30000.00",
                    "30000.01"))
                .map(Money::parse)
                .generate(in)
            : money(in, 0, 3_500_000);
    Map<String, Money> income = new LinkedHashMap<>();
    int n = range(0, 5).generate(in);
    for (int i = 0; i < n; i++) {
      income.put(pick(incomeTypes).generate(in), money(in, 0, 40000));
    }
    HousingCosts housing =
        new HousingCosts(
            coin(in, 2) ? money(in, 0, 30000) : null,
            null,
            coin(in, 2) ? money(in, 0, 4000) : null,
            null,
            null,
            coin(in, 3) ? money(in, 0, 1000) : null,
            null,
            coin(in, 3) ? money(in, 0, 30000) : null,
            coin(in, 3) ? money(in, 0, 4000) : null);
    Map<String, Money> dre = new LinkedHashMap<>();
    if (coin(in, 2)) {
      dre.put("community alarm", money(in, 0, 1500));
      if (coin(in, 2)) {
        dre.put("extra laundry", money(in, 0, 1500));
      }
    }
    return new Finances(
        capital,
        coin(in, 4) ? money(in, 0, 2_000_000) : null,
        coin(in, 2) ? money(in, 0, 50_000_000) : null,
        income,
        housing,
        dre,
        coin(in, 2));
  }

  private static EligibilityRequest careAct(RandomnessSource in, RuleSetVersion version) {
    Criteria c = Criteria.load(version);
    CarerRequest carer =
        coin(in, 3)
            ? new CarerRequest(
                "CARER-" + range(1, 99).generate(in),
                coin(in, 2),
                coin(in, 2),
                outcomes(in, c.carer()),
                coin(in, 2))
            : null;
    return new EligibilityRequest(
        coin(in, 5), outcomes(in, c.adult()), coin(in, 5), carer, null, coin(in, 2));
  }

  private static Map<String, OutcomeRecord> outcomes(RandomnessSource in, Criteria.Party party) {
    Map<String, OutcomeRecord> out = new LinkedHashMap<>();
    int n = range(0, 4).generate(in);
    for (int i = 0; i < n; i++) {
      List<String> limbs = new ArrayList<>();
      int k = range(1, 2).generate(in);
      for (int j = 0; j < k; j++) {
        limbs.add(pick(party.limbs()).generate(in).code());
      }
      out.put(
          pick(party.outcomes()).generate(in).code(),
          new OutcomeRecord(limbs, coin(in, 3), coin(in, 3)));
    }
    return out;
  }

  private static EligibilityRequest facs(RandomnessSource in, RuleSetVersion version) {
    List<String> codes = Criteria.load(version).riskFactorCodes();
    List<String> factors = new ArrayList<>();
    int n = range(0, 3).generate(in);
    for (int i = 0; i < n; i++) {
      factors.add(pick(codes).generate(in));
    }
    return new EligibilityRequest(null, null, null, null, factors, coin(in, 2));
  }

  /** Whole pence from {@code min} to {@code max}, as money. */
  private static Money money(RandomnessSource in, long min, long max) {
    return Money.of(BigDecimal.valueOf(longRange(min, max).generate(in), 2));
  }

  private static LocalDate between(RandomnessSource in, LocalDate from, LocalDate to) {
    return from.plusDays(longRange(0, to.toEpochDay() - from.toEpochDay()).generate(in));
  }

  /** True {@code n - 1} times in {@code n}, on average. */
  private static boolean coin(RandomnessSource in, int n) {
    return range(1, n).generate(in) > 1;
  }
}
