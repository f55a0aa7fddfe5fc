package org.openras.engine.caseload;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openras.engine.json.BoundedDecimalsTest;

/** A caseload line is read within the same decimal bound as a request (issue 18, defect 2). */
class CaseloadLinesBoundTest {
  @Test
  void aCaseloadLineWithAHugeExponentIsNotALine() {
    String line = "{\"request\": " + BoundedDecimalsTest.REQUEST.formatted("1E-20000000") + "}";
    assertThatThrownBy(() -> CaseloadLines.parse(line))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 30 digits");
  }
}
