package org.openras.engine.uprating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.engine.TestRules;
import org.openras.engine.catalogue.DirectoryRuleStore;
import org.openras.engine.catalogue.MemoryRuleStore;
import org.openras.engine.catalogue.RuleSetCatalogue;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.params.ParameterSet;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.uprating.FigureChange.Flag;
import org.openras.engine.uprating.Uprating.Entry;

/** The April uprating's draft builder, on the shipped 2015-04-01 contributions version. */
class UpratingTest {
  private static final DirectoryRuleStore STORE = new DirectoryRuleStore(TestRules.DIR);
  private static final RuleSetVersion SOURCE =
      RuleSetCatalogue.load(STORE).find("contributions", "2015-04-01").orElseThrow();
  private static final LocalDate APRIL_2026 = LocalDate.of(2026, 4, 6);

  @Test
  void theNextCommencementOfContributionsIsTheSixthOfAprilAfterTheDay() {
    assertThat(Uprating.nextCommencement(SOURCE, LocalDate.of(2025, 6, 1))).isEqualTo(APRIL_2026);
    assertThat(Uprating.nextCommencement(SOURCE, LocalDate.of(2026, 4, 5))).isEqualTo(APRIL_2026);
    assertThat(Uprating.nextCommencement(SOURCE, APRIL_2026)).isEqualTo(LocalDate.of(2027, 4, 6));
    assertThat(Uprating.yearOf(APRIL_2026)).isEqualTo("2026/27");
    assertThat(Uprating.yearOf(LocalDate.of(2026, 4, 5))).isEqualTo("2025/26");
  }

  @Test
  void startingListsEveryFigureWithLastYearsValueAndLeavesMoneyBlank() {
    UpratingDraft d = Uprating.start(SOURCE, APRIL_2026);

    assertThat(d.version()).isEqualTo("2026-04-06");
    UpratingFigure mig = figure(d, "migPersonalAmount.SINGLE_25_TO_PENSION_AGE");
    assertThat(mig.lastValue()).isEqualTo("112.50");
    assertThat(mig.lastMarker()).isEqualTo("R");
    assertThat(mig.lastFrom()).isEqualTo(LocalDate.of(2025, 4, 7));
    assertThat(mig.absent()).isTrue();
    // A key absent last year is listed, with no last value: the officer sees it is missing.
    UpratingFigure couple = figure(d, "migPersonalAmount.COUPLE_18_PLUS_EACH");
    assertThat(couple.lastValue()).isNull();
    assertThat(figure(d, "savingsCreditDisregardMaximum.SINGLE").lastValue()).isNull();
    // Not money: carried forward unless the officer says otherwise.
    assertThat(figure(d, "migHigherRateAge").carried()).isTrue();
    assertThat(figure(d, "incomeTreatment.EARNINGS").newValue()).isEqualTo("earnings");
    assertThatThrownBy(() -> Uprating.start(SOURCE, LocalDate.of(2015, 4, 1)))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void aFigureAbsentFromTheYearInForceIsStillListedFromTheAreasEarlierVersions() {
    RuleSetCatalogue catalogue = RuleSetCatalogue.load(STORE);
    RuleSetVersion year2026 = catalogue.find("contributions", "2026-04-06").orElseThrow();
    LocalDate april2027 = LocalDate.of(2027, 4, 6);

    // 2026-04-06 holds no 25-to-pension-age amount and no disability premium (no source gave
    // them): on its own it cannot offer them to be entered for 2027/28.
    UpratingDraft alone = Uprating.start(year2026, april2027);
    assertThat(alone.figures().stream().map(UpratingFigure::id))
        .doesNotContain("migPersonalAmount.SINGLE_25_TO_PENSION_AGE", "disabilityPremium.SINGLE");

    UpratingDraft d = Uprating.start(year2026, april2027, catalogue.versions("contributions"));
    UpratingFigure mig = figure(d, "migPersonalAmount.SINGLE_25_TO_PENSION_AGE");
    assertThat(mig.lastValue()).isNull();
    assertThat(mig.absent()).isTrue();
    assertThat(figure(d, "disabilityPremium.SINGLE").lastValue()).isNull();
    assertThat(figure(d, "migPersonalAmount.SINGLE_PENSION_AGE").lastValue()).isEqualTo("241.45");

    UpratingDraft entered =
        Uprating.enter(
            d,
            null,
            null,
            List.of(new Entry("disabilityPremium.SINGLE", "52.00", "R", null, false)));
    String parameters =
        new String(
            UpratingFiles.of(year2026, entered).get(ParameterSet.FILE), StandardCharsets.UTF_8);
    assertThat(
            org.openras.engine.yaml.Yaml.mapper()
                .readTree(parameters)
                .path("disabilityPremium")
                .path("values")
                .path("2027-04-06")
                .path("SINGLE")
                .path("value")
                .asString())
        .isEqualTo("52.00");
  }

  @Test
  void everyBadFieldIsNamed() {
    UpratingDraft d = Uprating.start(SOURCE, APRIL_2026);
    List<Entry> bad =
        List.of(
            new Entry("migPersonalAmount.SINGLE_18_24", "ninety", "R", null, false),
            new Entry("migPersonalAmount.SINGLE_25_TO_PENSION_AGE", "114.60", null, null, false),
            new Entry("migPersonalAmount.SINGLE_PENSION_AGE", "236.00", "X", null, false),
            new Entry("migPersonalAmount.COUPLE_18_PLUS_EACH", null, null, null, true),
            new Entry("disabilityPremium.SINGLE", "-1.00", "R", null, false),
            new Entry("nothing", "1", "R", null, false),
            new Entry("carerPremium", "1.00", "R", "x".repeat(501), false));

    assertThatThrownBy(() -> Uprating.enter(d, null, "not a url", bad))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.errors().stream().map(FieldError::field))
                    .containsExactlyInAnyOrder(
                        "circular.url",
                        "figures[migPersonalAmount.SINGLE_18_24].value",
                        "figures[migPersonalAmount.SINGLE_25_TO_PENSION_AGE].marker",
                        "figures[migPersonalAmount.SINGLE_PENSION_AGE].marker",
                        "figures[migPersonalAmount.COUPLE_18_PLUS_EACH].carry",
                        "figures[disabilityPremium.SINGLE].value",
                        "figures[5].id",
                        "figures[carerPremium].note"));
  }

  @Test
  void changesAreShownInPoundsAndPerCentWithFlags() {
    UpratingDraft d =
        Uprating.enter(
            Uprating.start(SOURCE, APRIL_2026),
            "LAC(DHSC)(2026)1",
            "https://www.gov.uk/example",
            List.of(
                new Entry("migPersonalAmount.SINGLE_25_TO_PENSION_AGE", "£114.40", "R", null, null),
                new Entry("migPersonalAmount.SINGLE_18_24", "89.15", "R", null, null),
                new Entry("disabilityPremium.SINGLE", "60.00", "I", null, null),
                new Entry("lowerCapitalLimit", null, null, null, true)));

    List<FigureChange> changes = FigureChange.of(d, FigureChange.DEFAULT_THRESHOLD);
    FigureChange mig = change(changes, "migPersonalAmount.SINGLE_25_TO_PENSION_AGE");
    assertThat(mig.words()).isEqualTo("+£1.90 (+1.7%)");
    assertThat(mig.flags()).isEmpty();
    assertThat(change(changes, "migPersonalAmount.SINGLE_18_24").flags())
        .containsExactly(Flag.UNCHANGED);
    assertThat(change(changes, "lowerCapitalLimit").flags()).containsExactly(Flag.UNCHANGED);
    assertThat(change(changes, "disabilityPremium.SINGLE").flags())
        .containsExactly(Flag.OVER_THRESHOLD);
    assertThat(change(FigureChange.of(d, new BigDecimal("25")), "disabilityPremium.SINGLE").flags())
        .isEmpty();
    assertThat(change(changes, "carerPremium").flags()).containsExactly(Flag.MISSING);
  }

  @Test
  void theDraftsFilesHoldTheNewFiguresFromItsFirstDayAndNeverZeroForABlank() {
    UpratingDraft d = entered();
    UpratingCases.Built built = UpratingCases.build(SOURCE, d, UpratingCases.beside(STORE));
    RuleSetVersion v =
        RuleSetCatalogue.load(new MemoryRuleStore(List.of(built.source()), "draft")).all().get(0);

    assertThat(v.effectiveFrom()).isEqualTo(APRIL_2026);
    assertThat(v.manifest().title()).endsWith("2026/27 figures");
    assertThat(v.manifest().supersedes()).isNull();
    assertThat(v.drlPackage()).isEqualTo("org.openras.rules.contributions.v2026_04_06");
    assertThat(new String(v.source().files().get("Mig.drl"), StandardCharsets.UTF_8))
        .startsWith("package org.openras.rules.contributions.v2026_04_06;");
    ParameterSet p = ParameterSet.load(v);
    assertThat(p.read("migPersonalAmount", "SINGLE_25_TO_PENSION_AGE", APRIL_2026).value())
        .isEqualTo("114.40");
    assertThat(p.read("upperCapitalLimit", "", APRIL_2026).value()).isEqualTo("23250.00");
    assertThat(p.has("carerPremium", "", APRIL_2026)).isFalse();
    assertThat(p.has("dependentChildAmount", "", APRIL_2026)).isFalse();
    // The cases that still hold are kept, moved into 2026/27; the others are named with why.
    assertThat(built.draft().casesKept())
        .contains("Capital one penny over the upper limit pays the full cost of care");
    assertThat(built.draft().casesLeftOut())
        .anySatisfy(l -> assertThat(l.why()).contains("expected 110.60 but was 114.40"));
    assertThat(new String(v.source().files().get("cases/capital.yaml"), StandardCharsets.UTF_8))
        .contains("assessmentDate: \"2026-")
        .doesNotContain("assessmentDate: \"2024-");
  }

  @Test
  void theSheetRoundTripsWhatTheOfficerFills() {
    UpratingDraft d = entered();
    UpratingSheet.Filled filled = UpratingSheet.read(UpratingSheet.template(d));
    UpratingDraft again =
        Uprating.enter(
            Uprating.start(SOURCE, APRIL_2026),
            filled.circularTitle(),
            filled.circularUrl(),
            filled.entries());
    assertThat(again.figures()).isEqualTo(d.figures());
    assertThat(again.circularTitle()).isEqualTo("LAC(DHSC)(2026)1");
  }

  private static UpratingDraft entered() {
    UpratingDraft start = Uprating.start(SOURCE, APRIL_2026);
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry("migPersonalAmount.SINGLE_18_24", "90.70", "R", null, null));
    entries.add(new Entry("migPersonalAmount.SINGLE_25_TO_PENSION_AGE", "114.40", "R", null, null));
    entries.add(new Entry("migPersonalAmount.SINGLE_PENSION_AGE", "236.55", "R", null, null));
    entries.add(new Entry("disabilityPremium.SINGLE", "50.50", "R", null, null));
    entries.add(new Entry("enhancedDisabilityPremium.SINGLE", "24.65", "R", null, null));
    entries.add(new Entry("lowerCapitalLimit", null, null, "fixed in reg 12", true));
    entries.add(new Entry("upperCapitalLimit", null, null, "fixed in reg 12", true));
    return Uprating.enter(start, "LAC(DHSC)(2026)1", "https://www.gov.uk/example", entries);
  }

  private static UpratingFigure figure(UpratingDraft d, String id) {
    return d.figures().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  private static FigureChange change(List<FigureChange> changes, String id) {
    return changes.stream().filter(c -> c.figure().id().equals(id)).findFirst().orElseThrow();
  }
}
