package org.openras.engine.contribution;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.TestRules;
import org.openras.engine.catalogue.MemoryRuleStore;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.money.Money;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.Finances;
import org.openras.engine.request.PersonDetails;
import org.openras.engine.result.CalculationResult;

/**
 * The shipped rules with three test councils in force from 2015-04-01: one that chooses to
 * disregard the night-care difference, one that chooses not to, and one that chooses to and also
 * keys an amount of its own (the amount contributions 2015-04-01 read; its correction must ignore
 * it).
 */
final class NightCareOverlays {
  static final String YES = "test-night-yes";
  static final String NO = "test-night-no";
  static final String YES_WITH_AMOUNT = "test-night-amount";
  static final String OLD_AMOUNT_ONLY = "test-night-old";

  /** Each benefit paid at a higher rate for care by day and night, and its lower rate. */
  static final Map<String, String> LOWER =
      Map.of(
          "ATTENDANCE_ALLOWANCE_HIGHER", "ATTENDANCE_ALLOWANCE_LOWER",
          "DLA_CARE_HIGHEST", "DLA_CARE_MIDDLE",
          "PIP_DAILY_LIVING_ENHANCED", "PIP_DAILY_LIVING_STANDARD");

  private static volatile OpenRasEngine engine;

  private NightCareOverlays() {}

  static OpenRasEngine engine() {
    if (engine == null) {
      synchronized (NightCareOverlays.class) {
        if (engine == null) {
          List<RuleSetSource> all = new ArrayList<>();
          TestRules.engine().catalogue().all().forEach(v -> all.add(v.source()));
          all.add(overlay(YES, "disregardNightCareDifference", "true"));
          all.add(overlay(NO, "disregardNightCareDifference", "false"));
          all.add(
              overlay(
                  YES_WITH_AMOUNT,
                  "disregardNightCareDifference",
                  "true",
                  "nightCareDisregard",
                  "\"99.99\""));
          all.add(overlay(OLD_AMOUNT_ONLY, "nightCareDisregard", "\"35.90\""));
          engine =
              TestRules.engine()
                  .sharing(
                      org.openras.engine.catalogue.RuleSetCatalogue.load(
                          new MemoryRuleStore(all, "night-care test councils")));
        }
      }
    }
    return engine;
  }

  private static RuleSetSource overlay(String council, String... options) {
    String area = CouncilOverlays.AREA_PREFIX + council;
    String manifest =
        "area: "
            + area
            + "\nversion: 2015-04-01\neffectiveFrom: 2015-04-01\ntitle: test\nsummary: test\n"
            + "references:\n  - {title: test}\n";
    StringBuilder params = new StringBuilder();
    for (int i = 0; i < options.length; i += 2) {
      params
          .append(options[i])
          .append(":\n  unit: x\n  period: none\n  reference: {title: test}\n  values:\n")
          .append("    2015-04-01: {value: ")
          .append(options[i + 1])
          .append("}\n");
    }
    TreeMap<String, byte[]> files = new TreeMap<>();
    files.put("ruleset.yaml", manifest.getBytes(StandardCharsets.UTF_8));
    files.put("parameters.yaml", params.toString().getBytes(StandardCharsets.UTF_8));
    return new RuleSetSource(area, "2015-04-01", files);
  }

  /** A single person of pension credit age with one care benefit and nothing else. */
  static CalculationResult run(
      String council, LocalDate date, String benefit, Money amount, boolean nightCare) {
    Map<String, Money> income = new LinkedHashMap<>();
    income.put(benefit, amount);
    CalculationRequest r =
        new CalculationRequest(
            "night-1",
            date,
            new PersonDetails(LocalDate.of(1940, 1, 1), null),
            null,
            null,
            null,
            council,
            new Finances(Money.ZERO, null, null, income, null, null, nightCare),
            Money.parse("500.00"),
            null,
            null);
    return engine().calculate(r);
  }

  /** A national rate in force on {@code date}, from the contributions version in force then. */
  static Money rate(LocalDate date, String key) {
    RuleSetVersion v = engine().catalogue().select("contributions", date, null);
    return Money.parse(ParameterSet.load(v).read("careBenefitWeeklyRate", key, date).value());
  }
}
