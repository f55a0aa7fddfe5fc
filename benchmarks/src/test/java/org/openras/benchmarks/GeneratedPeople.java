package org.openras.benchmarks;

import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.ras.Questionnaire;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.PersonDetails;
import org.openras.engine.request.PrimarySupportReason;
import org.quicktheories.core.Gen;

/**
 * Generated people for the differential test: an assessment date in either RAS version (the first
 * and last days included), every primary support reason, every answer level of every domain, and
 * unpaid-support shares that land on the rounding edges (0.35 of 10 points leaves 6.5).
 */
final class GeneratedPeople {
  /** The shares the brief names, each one an edge: none, a quarter, a half-point tie, all. */
  static final List<BigDecimal> SHARES =
      List.of("0", "0.25", "0.35", "0.36", "0.5", "1").stream().map(BigDecimal::new).toList();

  /** How much need a person has in every domain: none, a little, any, a lot, the most. */
  enum Profile {
    NONE,
    LOW,
    ANY,
    HIGH,
    MAX
  }

  /** Open-ended versions are tried up to this day. */
  static final LocalDate LAST_DAY_TRIED = LocalDate.of(2030, 12, 31);

  private GeneratedPeople() {}

  static Gen<CalculationRequest> people(List<RuleSetVersion> versions) {
    return pick(versions).flatMap(GeneratedPeople::peopleIn);
  }

  static Gen<CalculationRequest> peopleIn(RuleSetVersion version) {
    Questionnaire q = Questionnaire.load(version);
    Gen<LocalDate> day = days(version);
    Gen<PrimarySupportReason> reason = enumValues(PrimarySupportReason.class);
    Gen<Profile> profile = enumValues(Profile.class);
    Gen<Boolean> anySupport = range(0, 2).map(i -> i > 0);
    return in -> {
      Profile p = profile.generate(in);
      boolean supported = anySupport.generate(in);
      Map<String, Integer> needs = new LinkedHashMap<>();
      Map<String, BigDecimal> shares = new LinkedHashMap<>();
      for (Questionnaire.Domain d : q.domains()) {
        needs.put(d.code(), level(p, d.maxLevel()).generate(in));
        if (supported && range(0, 1).generate(in) == 1) {
          shares.put(d.code(), share().generate(in));
        }
      }
      return new CalculationRequest(
          "GEN-" + range(1, 9999).generate(in),
          day.generate(in),
          new PersonDetails(LocalDate.of(1950, 1, 1), reason.generate(in)),
          needs,
          shares,
          null);
    };
  }

  static Gen<Integer> level(Profile p, int max) {
    return switch (p) {
      case NONE -> constant(0);
      case LOW -> range(0, Math.min(1, max));
      case ANY -> range(0, max);
      case HIGH -> range(Math.max(0, max - 1), max);
      case MAX -> constant(max);
    };
  }

  /** One of the edge shares, or any share in whole hundredths. */
  static Gen<BigDecimal> share() {
    Gen<BigDecimal> hundredths = range(0, 100).map(n -> BigDecimal.valueOf(n, 2));
    return pick(SHARES).mix(hundredths);
  }

  /** A day in the version's period, often its first or last day. */
  static Gen<LocalDate> days(RuleSetVersion version) {
    LocalDate from = version.effectiveFrom();
    LocalDate to = version.lastDay() == null ? LAST_DAY_TRIED : version.lastDay();
    Gen<LocalDate> any =
        range(0, (int) (to.toEpochDay() - from.toEpochDay())).map(n -> from.plusDays(n));
    return pick(List.of(from, to)).mix(any, 70);
  }
}
