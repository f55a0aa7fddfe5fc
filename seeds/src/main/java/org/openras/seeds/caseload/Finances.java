package org.openras.seeds.caseload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.openras.engine.caseload.CaseloadEntry;
import org.openras.engine.request.PersonDetails;

/**
 * Draws a person's finances in the shape of the contributions area's request section ({@code
 * capital}, {@code mainHome}, {@code weeklyIncome} by income type, {@code housingCosts}), written
 * only when the generator is asked for finances. Every figure is [I] (seeds/README.md).
 */
final class Finances {
  /** Weekly rates [I], believed to be the DWP 2025/26 rates but not verified in this repository. */
  static final String STATE_PENSION = "230.25";

  static final String AA_LOWER = "73.90";
  static final String AA_HIGHER = "110.40";
  static final String PIP_DAILY_STANDARD = "73.90";
  static final String PIP_DAILY_ENHANCED = "110.40";
  static final String ESA = "140.55";

  private Finances() {}

  static Map<String, Object> draw(SplittableRandom r, CaseloadEntry entry) {
    PersonDetails p = entry.request().person();
    int age = Period.between(p.dateOfBirth(), entry.request().assessmentDate()).getYears();
    boolean older = age >= 66;
    Map<String, String> income = new LinkedHashMap<>();
    if (older) {
      income.put("STATE_PENSION", STATE_PENSION);
      if (r.nextDouble() < 0.45) {
        income.put("PRIVATE_PENSION", pounds(Math.exp(4.0 + 0.8 * r.nextGaussian())));
      }
      income.put(
          r.nextDouble() < 0.5 ? "ATTENDANCE_ALLOWANCE_LOWER" : "ATTENDANCE_ALLOWANCE_HIGHER",
          r.nextBoolean() ? AA_LOWER : AA_HIGHER);
    } else {
      income.put(
          r.nextDouble() < 0.7 ? "EMPLOYMENT_AND_SUPPORT_ALLOWANCE" : "UNIVERSAL_CREDIT", ESA);
      boolean enhanced = r.nextBoolean();
      income.put(
          enhanced ? "PIP_DAILY_LIVING_ENHANCED" : "PIP_DAILY_LIVING_STANDARD",
          enhanced ? PIP_DAILY_ENHANCED : PIP_DAILY_STANDARD);
    }
    Map<String, Object> f = new LinkedHashMap<>();
    f.put(
        "capital", r.nextDouble() < 0.55 ? "0.00" : pounds(Math.exp(8.5 + 1.4 * r.nextGaussian())));
    boolean owner = older && r.nextDouble() < 0.6;
    f.put("mainHome", owner ? pounds(Math.exp(12.3 + 0.45 * r.nextGaussian())) : "0.00");
    f.put("weeklyIncome", income);
    f.put("housingCosts", Map.of("councilTax", pounds(25 + 15 * r.nextDouble())));
    return f;
  }

  private static String pounds(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
