package org.openras.service.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.ClasspathRuleStore;
import org.openras.engine.catalogue.Period;
import org.openras.engine.catalogue.RuleSetSelectionException;
import org.openras.engine.params.MissingParameterException;

/**
 * Issue 16 item 5: an assessment refused for a figure or a version not published is told to the
 * assessor in plain English: which figure (by its description, not its parameter name), for which
 * date and charging year, and that a policy officer must publish it.
 */
class RefusalTest {
  private static final OpenRasEngine ENGINE = OpenRasEngine.load(new ClasspathRuleStore());

  @Test
  void aMissingFigureIsNamedInWordsWithTheDateAndWhatToDo() {
    Refusal r =
        Refusal.of(
            new MissingParameterException(
                "contributions",
                "2015-04-01",
                "migPersonalAmount[SINGLE_25_TO_PENSION_AGE]",
                LocalDate.of(2026, 12, 2),
                "no value"),
            ENGINE);

    assertThat(r.heading())
        .isEqualTo(
            "We cannot work out the contribution for an assessment dated 2 December 2026: the"
                + " figure 'Minimum Income Guarantee personal amount, single person aged 25 to"
                + " pension credit age' for 2026/27 has not been published.");
    assertThat(r.action())
        .startsWith("A policy officer must publish it before this assessment can be completed");
    assertThat(r.heading() + r.action()).doesNotContain("migPersonalAmount").doesNotContain("[");
  }

  @Test
  void noVersionInForceSaysWhichYearsFiguresArePending() {
    Refusal r =
        Refusal.of(
            new RuleSetSelectionException(
                "contributions",
                LocalDate.of(2026, 12, 2),
                null,
                List.of(
                    new Period("2015-04-01", LocalDate.of(2015, 4, 1), LocalDate.of(2026, 4, 5))),
                "No contributions rule set is in force on 2026-12-02"));

    assertThat(r.heading())
        .isEqualTo(
            "We cannot work out the contribution for an assessment dated 2 December 2026: the"
                + " 2026/27 figures for contributions have not been published (the latest run to"
                + " 5 April 2026).");
    assertThat(r.action()).startsWith("A policy officer must publish the 2026/27 figures");
  }

  @Test
  void aDateBeforeAnyVersionAsksToCheckTheDate() {
    Refusal r =
        Refusal.of(
            new RuleSetSelectionException(
                "contributions",
                LocalDate.of(2001, 1, 1),
                null,
                List.of(new Period("2015-04-01", LocalDate.of(2015, 4, 1), null)),
                "none"));
    assertThat(r.heading()).contains("no contributions rules that early");
    assertThat(r.action()).isEqualTo("Check the assessment date.");
  }
}
