package org.openras.engine.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.openras.engine.OpenRasException;

/**
 * The layers inside the calculation core (DESIGN.md §2, docs/adr/0011), each using only those below
 * it: the basic packages (money, json, yaml, request and {@link OpenRasException}) ← rule sets
 * (catalogue, params, compile, explain) ← the area contract and runner ({@code area}) ← the four
 * rule areas ← the result ← the engine entry point ({@code OpenRasEngine}). Between the rule areas,
 * an area may use the result of an area that runs before it and that it reads, never one that runs
 * after it.
 */
class LayeringTest {
  private static final String ENGINE = "org.openras.engine";
  private static final String ELIGIBILITY = ENGINE + ".eligibility..";
  private static final String RAS = ENGINE + ".ras..";
  private static final String ADJUSTMENT = ENGINE + ".adjustment..";
  private static final String CONTRIBUTION = ENGINE + ".contribution..";
  private static final String DIRECT_PAYMENTS = ENGINE + ".directpayment..";

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ENGINE);

  @Test
  void eachLayerUsesOnlyTheLayersBelowIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Basics")
        .definedBy(
            resideInAnyPackage(
                    ENGINE + ".money..",
                    ENGINE + ".json..",
                    ENGINE + ".yaml..",
                    ENGINE + ".request..")
                .or(equivalentTo(OpenRasException.class)))
        .layer("Rule sets")
        .definedBy(
            ENGINE + ".catalogue..",
            ENGINE + ".params..",
            ENGINE + ".compile..",
            ENGINE + ".explain..")
        .layer("Area contract")
        .definedBy(ENGINE + ".area..")
        .layer("Rule areas")
        .definedBy(ELIGIBILITY, RAS, ADJUSTMENT, CONTRIBUTION, DIRECT_PAYMENTS)
        .layer("Result")
        .definedBy(ENGINE + ".result..")
        .layer("Entry point")
        .definedBy(resideInAPackage(ENGINE).and(not(equivalentTo(OpenRasException.class))))
        .whereLayer("Entry point")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Result")
        .mayOnlyBeAccessedByLayers("Entry point")
        .whereLayer("Rule areas")
        .mayOnlyBeAccessedByLayers("Result", "Entry point")
        .whereLayer("Area contract")
        .mayOnlyBeAccessedByLayers("Rule areas", "Entry point")
        .whereLayer("Rule sets")
        .mayOnlyBeAccessedByLayers("Area contract", "Rule areas", "Result", "Entry point")
        .because("a reader finds each part resting only on the parts below it (docs/adr/0011)")
        .check(CORE);
  }

  @Test
  void noPackageOfTheCoreImportsOneThatImportsIt() {
    slices()
        .matching(ENGINE + ".(*)..")
        .should()
        .beFreeOfCycles()
        .because("a request is read by the areas, never the other way (docs/adr/0011)")
        .check(CORE);
  }

  @Test
  void eligibilityUsesNoOtherArea() {
    noClasses()
        .that()
        .resideInAPackage(ELIGIBILITY)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(RAS, ADJUSTMENT, CONTRIBUTION)
        .because("eligibility runs first and reads the request only")
        .check(CORE);
  }

  @Test
  void rasUsesNoOtherArea() {
    noClasses()
        .that()
        .resideInAPackage(RAS)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ELIGIBILITY, ADJUSTMENT, CONTRIBUTION, DIRECT_PAYMENTS)
        .because("the footing eligibility decides reaches the RAS as a word (RasArea.Input)")
        .check(CORE);
  }

  @Test
  void adjustmentsUseTheRasOnly() {
    noClasses()
        .that()
        .resideInAPackage(ADJUSTMENT)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ELIGIBILITY, CONTRIBUTION)
        .because("the adjustments read the RAS figures they adjust (AdjustmentArea.Input)")
        .check(CORE);
  }

  @Test
  void contributionsUseTheAdjustedBudgetOnly() {
    noClasses()
        .that()
        .resideInAPackage(CONTRIBUTION)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ELIGIBILITY, RAS)
        .because(
            "the cost of care is the plan's cost or the adjusted budget (CostOfCare reads"
                + " AdjustmentResult), never the RAS figures themselves")
        .check(CORE);
  }

  @Test
  void directPaymentsUseNoOtherArea() {
    noClasses()
        .that()
        .resideInAPackage(DIRECT_PAYMENTS)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ELIGIBILITY, RAS, ADJUSTMENT, CONTRIBUTION)
        .because(
            "an account's review reads its statement and the council's choices only, beside the"
                + " calculation pipeline (docs/adr/0029)")
        .check(CORE);
  }

  @Test
  void noCalculationAreaUsesDirectPayments() {
    noClasses()
        .that()
        .resideInAnyPackage(ELIGIBILITY, RAS, ADJUSTMENT, CONTRIBUTION)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(DIRECT_PAYMENTS)
        .because("monitoring an account is not a step of a calculation (docs/adr/0029)")
        .check(CORE);
  }
}
