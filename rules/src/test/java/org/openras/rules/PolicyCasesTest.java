package org.openras.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.cases.CaseResult;
import org.openras.engine.cases.CaseRunner;
import org.openras.engine.catalogue.DirectoryRuleStore;

/**
 * Runs every policy case of every shipped rule-set version: one dynamic test per case, named by its
 * sentence, grouped by area and version. A failing case prints expected against actual and the
 * trace of the run.
 */
class PolicyCasesTest {
  private static final OpenRasEngine ENGINE =
      OpenRasEngine.load(new DirectoryRuleStore(Path.of("")));

  @TestFactory
  Stream<DynamicNode> everyVersionPassesItsCases() {
    return ENGINE.catalogue().all().stream()
        .map(
            version ->
                DynamicContainer.dynamicContainer(
                    version.area() + " " + version.version(),
                    CaseRunner.cases(version).stream()
                        .map(
                            c ->
                                DynamicTest.dynamicTest(
                                    c.name(),
                                    () -> {
                                      CaseResult r = CaseRunner.run(ENGINE, c);
                                      assertThat(r.passed()).as(r.report()).isTrue();
                                    }))));
  }
}
