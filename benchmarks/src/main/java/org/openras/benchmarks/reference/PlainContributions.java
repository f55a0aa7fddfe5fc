package org.openras.benchmarks.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.contribution.PensionCreditAge;
import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.Finances;
import org.openras.engine.request.Household.HouseholdType;
import tools.jackson.databind.JsonNode;

/**
 * The community-care financial assessment in plain Java, as {@code
 * rules/contributions/<version>/*.drl} make it, with the council overlay's local options: counted
 * capital and its limits (full cost above the upper; tariff income for every step or part of a step
 * above the lower), income counted or disregarded by the treatment of its type, the Minimum Income
 * Guarantee (category by household and age, personal amount and premiums, the council's percentage
 * uplift rounded up, flat uplift, own MIG where higher), net housing costs, disability-related
 * expenditure, disposable income, the council's share (rounded down), its minimum charge, the cap
 * at the cost of care and the net council amount. Every figure comes from the version's and the
 * overlay's parameters.yaml. Pension credit age is the engine's own timetable ({@link
 * PensionCreditAge}, plain Java written from the Pensions Acts, not a rule).
 */
final class PlainContributions {
  static final String PLAN = "weeklyCostOfCare";
  static final String INDICATIVE_BUDGET = "ras.weeklyBudget";
  static final String ADJUSTED_BUDGET = "adjustments.weeklyBudget";

  private final List<RuleFiles.Version> versions = RuleFiles.versions("contributions");
  private final List<National> national = versions.stream().map(National::new).toList();
  private final Map<String, List<RuleFiles.Version>> overlayVersions = new HashMap<>();
  private final Map<String, List<Local>> overlays = new HashMap<>();

  PlainContributions() {
    for (String area : RuleFiles.areas()) {
      if (area.startsWith("councils/")) {
        String council = area.substring("councils/".length());
        List<RuleFiles.Version> v = RuleFiles.versions(area);
        overlayVersions.put(council, v);
        overlays.put(council, v.stream().map(Local::new).toList());
      }
    }
  }

  /** The national figures of one version. */
  private static final class National {
    final Dated<Long> lowerLimit;
    final Dated<Long> upperLimit;
    final Dated<Long> tariffStep;
    final Dated<Long> tariffPerStep;
    final Dated<String> treatment;
    final Dated<Long> savingsCreditMaximum;
    final Dated<Integer> higherRateAge;
    final Dated<Long> personalAmount;
    final Dated<Long> disabilityPremium;
    final Dated<Long> enhancedDisabilityPremium;
    final Dated<Long> carerPremium;
    final Dated<Long> childAmount;
    final Dated<Long> careBenefitRate;
    final Dated<String> nightCareLowerRate;

    National(RuleFiles.Version v) {
      JsonNode p = v.parameters();
      lowerLimit = Dated.of(p, "lowerCapitalLimit", Pence::parse);
      upperLimit = Dated.of(p, "upperCapitalLimit", Pence::parse);
      tariffStep = Dated.of(p, "tariffIncomeStep", Pence::parse);
      tariffPerStep = Dated.of(p, "tariffIncomePerStep", Pence::parse);
      treatment = Dated.of(p, "incomeTreatment", s -> s);
      savingsCreditMaximum = Dated.of(p, "savingsCreditDisregardMaximum", Pence::parse);
      higherRateAge = Dated.of(p, "migHigherRateAge", s -> new BigDecimal(s).intValueExact());
      personalAmount = Dated.of(p, "migPersonalAmount", Pence::parse);
      disabilityPremium = Dated.of(p, "disabilityPremium", Pence::parse);
      enhancedDisabilityPremium = Dated.of(p, "enhancedDisabilityPremium", Pence::parse);
      carerPremium = Dated.of(p, "carerPremium", Pence::parse);
      childAmount = Dated.of(p, "dependentChildAmount", Pence::parse);
      careBenefitRate = Dated.of(p, "careBenefitWeeklyRate", Pence::parse);
      nightCareLowerRate = Dated.of(p, "nightCareLowerRate", s -> s);
    }

    /**
     * The night-care amount disregarded from a higher-rate care benefit: from the corrected
     * versions the year's higher rate less the lower rate, where the council chooses (or keyed an
     * amount for the original); in the original, the council's own amount.
     */
    long nightCare(Local local, long day, String type, long amount) {
      if (local == null) {
        return 0;
      }
      if (careBenefitRate.defined()) {
        boolean chooses =
            local.nightCareChoice.defined()
                ? local.nightCareChoice.at(day)
                : local.nightCareDisregard.defined();
        if (!chooses) {
          return 0;
        }
        long difference =
            Math.max(
                0,
                careBenefitRate.at(day, type)
                    - careBenefitRate.at(day, nightCareLowerRate.at(day, type)));
        return Math.min(amount, difference);
      }
      return local.nightCareDisregard.defined()
          ? Math.min(amount, local.nightCareDisregard.at(day))
          : 0;
    }
  }

  /** A council overlay's local options; an option it does not list is off. */
  private static final class Local {
    final String version;
    final Dated<Long> lowerLimit;
    final Dated<Long> upperLimit;
    final Dated<Long> nightCareDisregard;
    final Dated<Boolean> nightCareChoice;
    final Dated<Factor> upliftPercent;
    final Dated<Long> upliftAmount;
    final Dated<Long> mig;
    final Dated<Long> standardDre;
    final Dated<Factor> chargeableShare;
    final Dated<Long> minimumCharge;

    Local(RuleFiles.Version v) {
      version = v.version();
      JsonNode p = v.parameters();
      lowerLimit = Dated.of(p, "localLowerCapitalLimit", Pence::parse);
      upperLimit = Dated.of(p, "localUpperCapitalLimit", Pence::parse);
      nightCareDisregard = Dated.of(p, "nightCareDisregard", Pence::parse);
      nightCareChoice = Dated.of(p, "disregardNightCareDifference", Boolean::parseBoolean);
      // The MIG times (1 + percent / 100).
      upliftPercent =
          Dated.of(
              p,
              "migUpliftPercent",
              s -> Factor.of(BigDecimal.ONE.add(new BigDecimal(s).movePointLeft(2))));
      upliftAmount = Dated.of(p, "migUpliftAmount", Pence::parse);
      mig = Dated.of(p, "localMig", Pence::parse);
      standardDre = Dated.of(p, "standardDreAllowance", Pence::parse);
      chargeableShare = Dated.of(p, "chargeableShare", Factor::parse);
      minimumCharge = Dated.of(p, "minimumWeeklyCharge", Pence::parse);
    }
  }

  /**
   * The assessment, capped at the cost of care: the plan's when the request gives it, else the
   * (adjusted) indicative budget.
   */
  ContributionFigures assess(CalculationRequest request, AdjustmentFigures budget) {
    LocalDate date = request.assessmentDate();
    long day = date.toEpochDay();
    National n = RuleFiles.inForce(versions, national, day);
    if (n == null) {
      throw new IllegalArgumentException("no contributions version covers " + date);
    }
    Local local = null;
    String overlay = null;
    if (request.councilRef() != null) {
      List<RuleFiles.Version> v = overlayVersions.get(request.councilRef());
      local = v == null ? null : RuleFiles.inForce(v, overlays.get(request.councilRef()), day);
      if (local == null) {
        throw new IllegalArgumentException("no overlay of " + request.councilRef() + " on " + date);
      }
      overlay = local.version;
    }
    long cost;
    String costSource;
    if (request.weeklyCostOfCare() != null) {
      cost = Pence.of(request.weeklyCostOfCare());
      costSource = PLAN;
    } else if (budget != null) {
      cost = budget.weekly();
      costSource = budget.inForce() ? ADJUSTED_BUDGET : INDICATIVE_BUDGET;
    } else {
      throw new IllegalArgumentException("weeklyCostOfCare is required without a budget");
    }
    Finances f = request.finances();
    ContributionFigures.Builder out = new ContributionFigures.Builder(cost, costSource, overlay);
    long counted = Pence.of(f.capital()) + Pence.of(f.otherProperty());
    out.countedCapital = counted;
    long lower = n.lowerLimit.at(day);
    long upper = n.upperLimit.at(day);
    if (local != null && (local.lowerLimit.defined() || local.upperLimit.defined())) {
      lower = local.lowerLimit.defined() ? Math.max(lower, local.lowerLimit.at(day)) : lower;
      upper = local.upperLimit.defined() ? Math.max(upper, local.upperLimit.at(day)) : upper;
    }
    long maximumCharge;
    if (counted > upper) {
      out.paysFullCost = true;
      maximumCharge = cost;
    } else {
      long tariff = 0;
      if (counted > lower) {
        long step = n.tariffStep.at(day);
        long steps = (counted - lower + step - 1) / step; // "or part of a step": rounded up
        tariff = n.tariffPerStep.at(day) * steps;
      }
      out.tariffIncome = tariff;
      boolean couple = request.person().household().type() == HouseholdType.COUPLE;
      long incomeCounted = 0;
      long incomeDisregarded = 0;
      boolean disabilityBenefit = false;
      boolean enhancedRate = false;
      boolean carersAllowance = false;
      for (var income : f.weeklyIncome().entrySet()) {
        String type = income.getKey();
        long amount = Pence.of(income.getValue());
        long disregarded =
            switch (n.treatment.at(day, type)) {
              case "counted" -> 0;
              case "earnings", "mobility", "afcs-gip", "child-benefits", "war-pension" -> amount;
              case "savings-credit" ->
                  Math.min(amount, n.savingsCreditMaximum.at(day, couple ? "COUPLE" : "SINGLE"));
              case "higher-rate-care" ->
                  f.nightCareProvided() ? 0 : n.nightCare(local, day, type, amount);
              default -> throw new IllegalStateException("no rule treats " + type);
            };
        incomeCounted += amount - disregarded;
        incomeDisregarded += disregarded;
        disabilityBenefit |= disabilityBenefit(type);
        enhancedRate |= type.equals("DLA_CARE_HIGHEST") || type.equals("PIP_DAILY_LIVING_ENHANCED");
        carersAllowance |= type.equals("CARERS_ALLOWANCE");
      }
      out.incomeCounted = incomeCounted;
      out.incomeDisregarded = incomeDisregarded;
      long assessable = incomeCounted + tariff;
      out.assessableIncome = assessable;
      long mig = mig(request, n, local, day, disabilityBenefit, enhancedRate, carersAllowance, out);
      long housing = Math.max(0, sum(f.housingCosts().costs()) - sum(f.housingCosts().help()));
      out.housingCosts = housing;
      long dre;
      if (!f.disabilityRelatedExpenditure().isEmpty()) {
        dre = sum(f.disabilityRelatedExpenditure());
      } else if (local != null && local.standardDre.defined()) {
        dre = local.standardDre.at(day);
      } else {
        dre = 0;
      }
      out.disabilityRelatedExpenditure = dre;
      long allowances = mig + housing + dre;
      out.allowances = allowances;
      long disposable = Math.max(0, assessable - allowances);
      out.disposableIncome = disposable;
      long chargeable =
          local != null && local.chargeableShare.defined()
              ? local.chargeableShare.at(day).floor(disposable)
              : disposable;
      out.chargeableIncome = chargeable;
      maximumCharge =
          local != null && local.minimumCharge.defined() && chargeable < local.minimumCharge.at(day)
              ? 0
              : chargeable;
    }
    out.maximumCharge = maximumCharge;
    long contribution = Math.min(cost, maximumCharge);
    out.contribution = contribution;
    out.netCouncilAmount = Math.max(0, cost - contribution);
    return out.build();
  }

  private static long mig(
      CalculationRequest request,
      National n,
      Local local,
      long day,
      boolean disabilityBenefit,
      boolean enhancedRate,
      boolean carersAllowance,
      ContributionFigures.Builder out) {
    LocalDate date = request.assessmentDate();
    var person = request.person();
    boolean pensionAge = PensionCreditAge.reached(person.dateOfBirth(), date);
    String category;
    String premiumKey = "SINGLE";
    switch (person.household().type()) {
      case SINGLE ->
          category =
              pensionAge
                  ? "SINGLE_PENSION_AGE"
                  : Period.between(person.dateOfBirth(), date).getYears() < n.higherRateAge.at(day)
                      ? "SINGLE_18_24"
                      : "SINGLE_25_TO_PENSION_AGE";
      case LONE_PARENT -> category = pensionAge ? "SINGLE_PENSION_AGE" : "LONE_PARENT_18_PLUS";
      default -> {
        pensionAge =
            pensionAge || PensionCreditAge.reached(person.household().partnerDateOfBirth(), date);
        category = pensionAge ? "COUPLE_PENSION_AGE_EACH" : "COUPLE_18_PLUS_EACH";
        premiumKey = "COUPLE";
      }
    }
    out.migCategory = category;
    long statutory = n.personalAmount.at(day, category);
    if (!pensionAge && disabilityBenefit) {
      statutory += n.disabilityPremium.at(day, premiumKey);
    }
    if (!pensionAge && enhancedRate) {
      statutory += n.enhancedDisabilityPremium.at(day, premiumKey);
    }
    if (carersAllowance) {
      statutory += n.carerPremium.at(day);
    }
    int children = person.household().dependentChildren();
    if (children > 0) {
      statutory += n.childAmount.at(day) * children;
    }
    out.statutoryMig = statutory;
    long mig = statutory;
    if (local != null) {
      if (local.upliftPercent.defined()) {
        mig = local.upliftPercent.at(day).ceiling(mig);
      }
      if (local.upliftAmount.defined()) {
        mig += local.upliftAmount.at(day);
      }
      if (local.mig.has(day, category) && local.mig.at(day, category) > mig) {
        mig = local.mig.at(day, category);
      }
    }
    out.minimumIncomeGuarantee = mig;
    return mig;
  }

  /** The benefits that give the disability premium, as Mig.drl names them. */
  private static boolean disabilityBenefit(String type) {
    return type.startsWith("ATTENDANCE_ALLOWANCE_")
        || type.startsWith("DLA_CARE_")
        || type.startsWith("DLA_MOBILITY_")
        || type.startsWith("PIP_DAILY_LIVING_")
        || type.startsWith("PIP_MOBILITY_");
  }

  private static long sum(Map<String, Money> amounts) {
    long total = 0;
    for (Money m : amounts.values()) {
      total += Pence.of(m);
    }
    return total;
  }
}
