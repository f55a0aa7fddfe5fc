package org.openras.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A figure's plain-English name, as the assessment refusal and the uprating pages both show it. */
class FigureWordsTest {
  @Test
  void figuresArePlainWordsFromTheirDescriptions() {
    assertThat(
            FigureWords.name(
                "Disability premium added to the MIG, by household (for a couple, each)", "SINGLE"))
        .isEqualTo("Disability premium added to the MIG, single person");
    assertThat(
            FigureWords.name("Carer premium added to the MIG (not retrieved before 2023/24)", ""))
        .isEqualTo("Carer premium added to the MIG");
    assertThat(FigureWords.key("PIP_DAILY_LIVING_ENHANCED")).isEqualTo("pip daily living enhanced");
  }
}
