package org.openras.engine.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine is plain Java (DESIGN.md §1): no Spring, no servlet, no database. The service holds
 * HTTP, security and the audit trail; the engine must run in a test, a benchmark or a batch alone.
 */
class EngineArchitectureTest {
  private static final JavaClasses ENGINE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.openras.engine");

  @Test
  void engineUsesNoSpring() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..")
        .because("the engine is plain Java; Spring belongs to the service")
        .check(ENGINE);
  }

  @Test
  void engineUsesNoServletOrHttp() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.servlet..", "javax.servlet..", "jakarta.ws..", "java.net.http..")
        .because("HTTP belongs to the service")
        .check(ENGINE);
  }

  @Test
  void engineUsesNoJdbcOrDatabase() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "javax.sql..", "jakarta.persistence..", "org.flywaydb..")
        .because("the audit trail and any database belong to the service")
        .check(ENGINE);
  }
}
