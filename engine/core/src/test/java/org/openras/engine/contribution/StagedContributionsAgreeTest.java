package org.openras.engine.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.OpenRasException;
import org.openras.engine.StagedAgreement;
import org.openras.engine.TestRules;
import org.openras.engine.catalogue.MemoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetSource;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.explain.Reason;
import org.openras.engine.json.Json;
import org.openras.engine.money.Money;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.Finances;
import org.openras.engine.request.Household;
import org.openras.engine.request.HousingCosts;
import org.openras.engine.request.PersonDetails;
import org.openras.engine.result.CalculationResult;
import org.openras.engine.result.RuleSetUsed;
import org.openras.engine.yaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Contributions 2026-04-06-staged restates 2026-04-06 in typed facts and named stages
 * (docs/adr/0012): on every case of 2026-04-06 and on generated assessments, each pinned in turn,
 * the two give the same figures, contribution and net amount, the same explanation (rule ids,
 * sentences, sources, what each rule read and produced, in the same order), the same parameters
 * read, and the same refusals. Only the version named differs.
 */
class StagedContributionsAgreeTest {
  private static final String AREA = ContributionArea.AREA;
  private static final String OLD = "2026-04-06";
  private static final String NEW = "2026-04-06-staged";
  private static final String[] COUNCILS = {null, "north-shire", "south-borough", "east-vale"};

  /** Every income type 2026-04-06 treats, so each treatment is generated. */
  private static final String[] INCOME_TYPES = {
    "EARNINGS",
    "DLA_MOBILITY_LOWER",
    "DLA_MOBILITY_HIGHER",
    "PIP_MOBILITY_STANDARD",
    "PIP_MOBILITY_ENHANCED",
    "AFCS_GUARANTEED_INCOME_PAYMENT",
    "CHILD_TAX_CREDIT",
    "CHILD_BENEFIT",
    "WAR_PENSION",
    "SAVINGS_CREDIT",
    "ATTENDANCE_ALLOWANCE_HIGHER",
    "DLA_CARE_HIGHEST",
    "PIP_DAILY_LIVING_ENHANCED",
    "ATTENDANCE_ALLOWANCE_LOWER",
    "DLA_CARE_LOWEST",
    "DLA_CARE_MIDDLE",
    "PIP_DAILY_LIVING_STANDARD",
    "STATE_PENSION",
    "PRIVATE_PENSION",
    "PENSION_CREDIT_GUARANTEE",
    "CARERS_ALLOWANCE",
    "EMPLOYMENT_AND_SUPPORT_ALLOWANCE",
    "INCOME_SUPPORT",
    "JOBSEEKERS_ALLOWANCE",
    "UNIVERSAL_CREDIT",
    "OTHER_INCOME"
  };

  @Test
  void theStagedVersionIsSelectedOnEveryDayOfTheOldOneAndTheOldOneStaysPinnable() {
    RuleSetCatalogue catalogue = TestRules.engine().catalogue();
    RuleSetVersion old = catalogue.find(AREA, OLD).orElseThrow();
    RuleSetVersion staged = catalogue.find(AREA, NEW).orElseThrow();
    assertThat(catalogue.isSuperseded(old)).isTrue();
    assertThat(staged.manifest().stages())
        .containsExactly(
            "capital",
            "income",
            "assessable-income",
            "mig-parts",
            "mig",
            "allowances",
            "contribution");
    for (LocalDate d :
        List.of(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 12, 2), LocalDate.of(2030, 1, 1))) {
      assertThat(catalogue.select(AREA, d, null).version()).isEqualTo(NEW);
      assertThat(catalogue.select(AREA, d, OLD).version()).isEqualTo(OLD);
    }
  }

  @Test
  void everyCaseOfTheOldVersionGivesTheSameOnBoth() throws Exception {
    RuleSetVersion old = TestRules.engine().catalogue().find(AREA, OLD).orElseThrow();
    int compared = 0;
    for (var file : old.source().files().entrySet()) {
      if (!file.getKey().startsWith("cases/")) {
        continue;
      }
      JsonNode root = Yaml.mapper().readTree(old.source().text(file.getKey()));
      for (JsonNode c : root.get("cases")) {
        ObjectNode request = Json.mapper().createObjectNode();
        Json.merge(request, root.path("defaults"));
        Json.merge(request, c.path("request"));
        request.remove("ruleSetVersions");
        CalculationRequest r = Json.mapper().treeToValue(request, CalculationRequest.class);
        assertAgree(TestRules.engine(), r, c.path("name").asString());
        compared++;
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(10);
  }

  @Test
  void generatedAssessmentsAcross2026To27GiveTheSameOnBoth() {
    Random random = new Random(20260406L);
    LocalDate first = LocalDate.of(2026, 4, 6);
    int results = 0;
    for (int i = 0; i < 400; i++) {
      LocalDate date = first.plusDays(random.nextInt(365));
      if (assertAgree(TestRules.engine(), generate(random, date, i), "generated " + i)) {
        results++;
      }
    }
    // 2026-04-06 lacks most personal amounts and every premium: many people are refused (the same
    // refusal on both), but enough are assessed for the figures to be compared.
    assertThat(results).isGreaterThan(100);
  }

  /**
   * 2026-04-06 holds few figures, so most of the MIG (couples, premiums, children, savings credit)
   * is refused there. Both rule texts are run here on the figures of contributions
   * 2015-04-01-corrected, which holds every figure from 2015 to 2025, so every rule is reached.
   */
  @Test
  void withEveryFigureFrom2015To2025BothRuleTextsGiveTheSame() {
    OpenRasEngine old = engineWithEveryFigure(OLD);
    OpenRasEngine staged = engineWithEveryFigure(NEW);
    Random random = new Random(20150401L);
    LocalDate first = LocalDate.of(2015, 4, 1);
    Set<String> fired = new TreeSet<>();
    for (int i = 0; i < 800; i++) {
      LocalDate date = first.plusDays(random.nextInt(365 * 11));
      CalculationRequest r = generate(random, date, i);
      if (assertAgree(old, staged, r, "every figure " + i)) {
        old.calculate(pinned(r, OLD)).trace().stream()
            .filter(reason -> AREA.equals(reason.getArea()))
            .forEach(reason -> fired.add(reason.getRuleId()));
      }
    }
    // Every rule was reached, so every rule of the two texts was compared.
    assertThat(fired)
        .containsAll(ruleIds(TestRules.engine().catalogue().find(AREA, NEW).orElseThrow()));
  }

  private static Set<String> ruleIds(RuleSetVersion v) {
    Set<String> ids = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^rule \"(CHG-\\d+) ").matcher("");
    for (var file : v.source().files().keySet()) {
      if (file.endsWith(".drl")) {
        m.reset(v.source().text(file));
        while (m.find()) {
          ids.add(m.group(1));
        }
      }
    }
    assertThat(ids).hasSizeGreaterThan(40);
    return ids;
  }

  // --- comparing --------------------------------------------------------------------------------

  private static boolean assertAgree(OpenRasEngine engine, CalculationRequest r, String what) {
    return assertAgree(engine, engine, r, what);
  }

  /** Runs the request pinned to each version; true when both gave a result (not a refusal). */
  private static boolean assertAgree(
      OpenRasEngine oldEngine, OpenRasEngine newEngine, CalculationRequest r, String what) {
    Object old = calculate(oldEngine, pinned(r, OLD));
    Object staged = calculate(newEngine, pinned(r, NEW));
    if (old instanceof OpenRasException e) {
      assertThat(staged).as(what).isInstanceOf(e.getClass());
      assertThat(named(((Exception) staged).getMessage()))
          .as(what)
          .isEqualTo(named(e.getMessage()));
      return false;
    }
    assertThat(staged).as(what + ": " + staged).isInstanceOf(CalculationResult.class);
    CalculationResult a = (CalculationResult) old;
    CalculationResult b = (CalculationResult) staged;
    assertThat(b.contribution()).as(what).isEqualTo(a.contribution());
    assertThat(trace(b)).as(what).isEqualTo(trace(a));
    assertThat(parameters(b)).as(what).isEqualTo(parameters(a));
    assertThat(otherAreas(b)).as(what).isEqualTo(otherAreas(a));
    assertThat(contributionsVersion(a)).isEqualTo(OLD);
    assertThat(contributionsVersion(b)).isEqualTo(NEW);
    return true;
  }

  /** A refusal's text with the version pinned (either) written alike. */
  private static String named(String message) {
    return message
        .replace(NEW, "(contributions)")
        .replace("version " + OLD + " ", "version (contributions) ")
        .replace("rule set " + OLD + " ", "rule set (contributions) ");
  }

  private static Object calculate(OpenRasEngine engine, CalculationRequest r) {
    try {
      return engine.calculate(r);
    } catch (OpenRasException e) {
      return e;
    }
  }

  private static CalculationRequest pinned(CalculationRequest r, String version) {
    return new CalculationRequest(
        r.personRef(),
        r.assessmentDate(),
        r.person(),
        r.needs(),
        r.informalSupport(),
        Map.of(AREA, version),
        r.councilRef(),
        r.finances(),
        r.weeklyCostOfCare(),
        r.eligibility(),
        r.previousWeeklyBudget());
  }

  /** Each reason as the explanation shows it, the contributions version named alike. */
  private static List<String> trace(CalculationResult r) {
    List<String> out = new ArrayList<>();
    for (Reason reason : r.trace()) {
      String version = AREA.equals(reason.getArea()) ? "(contributions)" : reason.getVersion();
      out.add(
          String.join(
              " | ",
              String.valueOf(reason.getSeq()),
              reason.getArea(),
              version,
              reason.getRuleId(),
              reason.getRule(),
              StagedAgreement.cites(reason.getSource()),
              String.valueOf(reason.getRead()),
              String.valueOf(reason.getProduced())));
    }
    return out;
  }

  private static List<ParameterRead> parameters(CalculationResult r) {
    return r.parameters().stream()
        .map(
            p ->
                AREA.equals(p.area())
                    ? new ParameterRead(
                        p.area(),
                        "(contributions)",
                        p.name(),
                        p.key(),
                        p.value(),
                        p.valueEffectiveFrom(),
                        p.unit(),
                        p.period(),
                        StagedAgreement.cites(p.reference()),
                        p.marker())
                    : p)
        .toList();
  }

  /** The versions of the other areas the result names: the same on both. */
  private static List<RuleSetUsed> otherAreas(CalculationResult r) {
    return r.ruleSets().stream().filter(u -> !AREA.equals(u.area())).toList();
  }

  private static String contributionsVersion(CalculationResult r) {
    return r.ruleSets().stream()
        .filter(u -> AREA.equals(u.area()))
        .map(RuleSetUsed::version)
        .findFirst()
        .orElseThrow();
  }

  // --- generating -------------------------------------------------------------------------------

  /**
   * A person: an age either side of 25 and of pension credit age, each household type, incomes of
   * every treatment, capital around both limits, housing costs and help, itemised or no DRE, night
   * care or none, each council or none, a cost of care either side of the charge.
   */
  private static CalculationRequest generate(Random random, LocalDate date, int i) {
    LocalDate born =
        switch (random.nextInt(4)) {
          case 0 -> date.minusYears(18 + random.nextInt(7)).minusDays(random.nextInt(365));
          case 1 -> date.minusYears(25).plusDays(random.nextInt(60) - 30);
          case 2 -> date.minusYears(25 + random.nextInt(40)).minusDays(random.nextInt(365));
          default -> date.minusYears(60 + random.nextInt(35)).minusDays(random.nextInt(365));
        };
    Household household =
        switch (random.nextInt(4)) {
          case 0 -> new Household(Household.HouseholdType.LONE_PARENT, 1 + random.nextInt(3), null);
          case 1 ->
              new Household(
                  Household.HouseholdType.COUPLE,
                  random.nextInt(3),
                  date.minusYears(20 + random.nextInt(70)));
          default -> null;
        };
    Map<String, Money> income = new LinkedHashMap<>();
    int incomes = random.nextInt(5);
    for (int k = 0; k < incomes; k++) {
      String type = INCOME_TYPES[random.nextInt(INCOME_TYPES.length)];
      income.put(type, pounds(random, random.nextBoolean() ? 130 : 400));
    }
    Map<String, Money> dre = new LinkedHashMap<>();
    if (random.nextInt(3) == 0) {
      dre.put("LAUNDRY", pounds(random, 15));
      if (random.nextBoolean()) {
        dre.put("EXTRA_HEATING", pounds(random, 20));
      }
    }
    HousingCosts housing =
        random.nextBoolean()
            ? null
            : new HousingCosts(
                pounds(random, 250),
                null,
                pounds(random, 40),
                null,
                random.nextBoolean() ? pounds(random, 15) : null,
                null,
                null,
                pounds(random, 260),
                random.nextBoolean() ? pounds(random, 40) : null);
    Finances finances =
        new Finances(
            capital(random),
            random.nextInt(5) == 0 ? pounds(random, 20_000) : null,
            random.nextInt(3) == 0 ? pounds(random, 400_000) : null,
            income,
            housing,
            dre,
            random.nextInt(3) == 0 ? null : random.nextBoolean());
    return new CalculationRequest(
        "agree-" + i,
        date,
        new PersonDetails(born, null, household),
        null,
        null,
        null,
        COUNCILS[random.nextInt(COUNCILS.length)],
        finances,
        random.nextInt(8) == 0 ? Money.ZERO : pounds(random, 900),
        null,
        null);
  }

  /** Capital at, just either side of, and between the limits, or anywhere to £60,000. */
  private static Money capital(Random random) {
    String[] near = {
      "0.00", "14250.00", "14250.01", "14500.00", "14500.01", "23250.00", "23250.01"
    };
    return switch (random.nextInt(4)) {
      case 0 -> Money.parse(near[random.nextInt(near.length)]);
      case 1 -> Money.parse("14250.00").plus(pounds(random, 9_000));
      case 2 -> null;
      default -> pounds(random, 60_000);
    };
  }

  private static Money pounds(Random random, int max) {
    return Money.of(BigDecimal.valueOf(random.nextInt(max * 100 + 1), 2));
  }

  // --- the rule texts on every figure -----------------------------------------------------------

  /**
   * An engine over the shipped rules whose only contributions version is {@code version}'s rules
   * and manifest (its stages, if any) with contributions 2015-04-01-corrected's parameters, in
   * force from 1 April 2015.
   */
  private static OpenRasEngine engineWithEveryFigure(String version) {
    RuleSetCatalogue shipped = TestRules.engine().catalogue();
    RuleSetVersion rules = shipped.find(AREA, version).orElseThrow();
    RuleSetVersion figures = shipped.find(AREA, "2015-04-01-corrected").orElseThrow();
    TreeMap<String, byte[]> files = new TreeMap<>();
    rules
        .source()
        .files()
        .forEach(
            (name, bytes) -> {
              if (name.endsWith(".drl")) {
                files.put(name, bytes);
              }
            });
    files.put("parameters.yaml", figures.source().files().get("parameters.yaml"));
    String manifest =
        rules
            .source()
            .text(RuleSetCatalogue.MANIFEST)
            .replace("effectiveFrom: 2026-04-06", "effectiveFrom: 2015-04-01")
            .replace("supersedes: 2026-04-06", "supersedes: null");
    files.put(RuleSetCatalogue.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
    List<RuleSetSource> sources = new ArrayList<>();
    for (RuleSetVersion v : shipped.all()) {
      if (!v.area().equals(AREA)) {
        sources.add(v.source());
      }
    }
    sources.add(new RuleSetSource(AREA, version, files));
    return OpenRasEngine.load(new MemoryRuleStore(sources, "every figure, " + version));
  }
}
