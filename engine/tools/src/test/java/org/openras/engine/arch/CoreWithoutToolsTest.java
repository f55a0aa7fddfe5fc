package org.openras.engine.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The calculation core never uses a modelling tool (ADR 0010). The tools (scenarios, the budget
 * envelope, calibration, caseloads, policy checks, rule-set cases, uprating, forecasts) use the
 * core; the Maven modules already stop a core class from compiling against a tool, and this rule
 * says so in words and catches a tool package created inside the core module.
 */
class CoreWithoutToolsTest {
  static final String[] TOOLS = {
    "org.openras.engine.scenario..",
    "org.openras.engine.envelope..",
    "org.openras.engine.calibration..",
    "org.openras.engine.caseload..",
    "org.openras.engine.policy..",
    "org.openras.engine.cases..",
    "org.openras.engine.uprating..",
    "org.openras.engine.forecast.."
  };

  private static final JavaClasses ENGINE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.openras.engine");

  @Test
  void theCoreUsesNoTool() {
    noClasses()
        .that()
        .resideOutsideOfPackages(TOOLS)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(TOOLS)
        .because("the calculation core stands alone; modelling tools sit beside it (ADR 0010)")
        .check(ENGINE);
  }

  @Test
  void theRuleReadsBothTheCoreAndTheTools() {
    // Not vacuous: the import holds the core's entry point, its rule areas and a tool.
    assertThat(ENGINE.contain("org.openras.engine.OpenRasEngine")).isTrue();
    assertThat(ENGINE.contain("org.openras.engine.contribution.ContributionArea")).isTrue();
    assertThat(ENGINE.contain("org.openras.engine.scenario.ScenarioRunner")).isTrue();
  }
}
