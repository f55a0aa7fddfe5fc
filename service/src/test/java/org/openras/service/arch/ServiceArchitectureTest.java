package org.openras.service.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openras.service.arch.fixture.ReachesIntoAPage;
import org.openras.service.calculation.AssessmentForm;
import org.springframework.stereotype.Controller;

/**
 * The service's rooms (docs/adr/0015): each feature holds its own pages, {@code web} holds only
 * what every page shares and depends on no feature, and no feature reaches into another's pages.
 */
class ServiceArchitectureTest {
  private static final String SERVICE = "org.openras.service.";

  /** The packages that own pages; {@code web}, {@code security}, {@code problem}... are shared. */
  static final List<String> FEATURES =
      List.of(
          "calculation",
          "audit",
          "scenario",
          "calibration",
          "ruleset",
          "publication",
          "uprating",
          "agreed",
          "approval",
          "transparency");

  /**
   * The one page part a feature offers another: the calibration form extends the scenario package's
   * caseload choice (generate, upload or a kept caseload), since a calibration's cohort is a kept
   * caseload.
   */
  private static final Set<String> SHARED_PAGE_PARTS =
      Set.of("org.openras.service.scenario.CaseloadForm");

  private static final JavaClasses SERVICE_CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.openras.service");

  @Test
  void webHoldsOnlySharedPartsAndDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage(SERVICE + "web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FEATURES.stream().map(f -> SERVICE + f + "..").toArray(String[]::new))
        .because("web/ holds only what every page shares; a feature's pages live in the feature")
        .check(SERVICE_CLASSES);
  }

  @Test
  void theOnlyPagesInWebAreHomeAndSignIn() {
    classes()
        .that()
        .resideInAPackage(SERVICE + "web..")
        .and()
        .areAnnotatedWith(Controller.class)
        .should()
        .haveSimpleName("HomePages")
        .because("a feature's pages live in the feature's package")
        .check(SERVICE_CLASSES);
  }

  @Test
  void noFeatureReachesIntoAnothersPages() {
    PAGES_STAY_HOME.check(SERVICE_CLASSES);
  }

  /** The rule above is not vacuous: a class outside a feature using its form is named. */
  @Test
  void aClassReachingIntoAFeaturesPagesIsRefused() {
    JavaClasses bad =
        new ClassFileImporter().importClasses(ReachesIntoAPage.class, AssessmentForm.class);
    assertThatThrownBy(() -> PAGES_STAY_HOME.check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ReachesIntoAPage")
        .hasMessageContaining("AssessmentForm");
  }

  private static final ArchRule PAGES_STAY_HOME =
      classes()
          .that()
          .resideInAPackage("org.openras.service..")
          .should(
              new ArchCondition<JavaClass>("not reach into another feature's pages") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                  String from = feature(origin);
                  for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = topLevel(d.getTargetClass());
                    String to = feature(target);
                    if (to != null
                        && !to.equals(from)
                        && isPage(target)
                        && !SHARED_PAGE_PARTS.contains(target.getName())) {
                      events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                  }
                }
              })
          .because("a feature's pages (controllers, forms) are its own (docs/adr/0015)");

  /** The feature a class belongs to, or null for a shared package. */
  static String feature(JavaClass c) {
    String p = c.getPackageName();
    if (!p.startsWith(SERVICE)) {
      return null;
    }
    String first = p.substring(SERVICE.length()).split("\\.")[0];
    return FEATURES.contains(first) ? first : null;
  }

  /** A page controller ({@code @Controller}, not the API's {@code @RestController}) or form. */
  static boolean isPage(JavaClass c) {
    return c.isAnnotatedWith(Controller.class)
        || c.getSimpleName().endsWith("Pages")
        || c.getSimpleName().endsWith("Form");
  }

  private static JavaClass topLevel(JavaClass c) {
    JavaClass top = c;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    return top;
  }
}
