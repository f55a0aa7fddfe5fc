package org.openras.engine.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openras.engine.TestRules;
import org.openras.engine.catalogue.InvalidRuleSetException;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.money.Money;
import org.openras.engine.params.ParameterSet;

/** The typed rules' income treatments and the treatments the versions' parameters give. */
class IncomeTreatmentTest {
  @Test
  void everyTreatmentAShippedVersionGivesIsOneTheTypedRulesKnow() {
    Set<String> given = new TreeSet<>();
    for (RuleSetVersion v : TestRules.engine().catalogue().versions(ContributionArea.AREA)) {
      ParameterSet.load(v).definitions().get("incomeTreatment").values().values().stream()
          .flatMap(byType -> byType.values().stream())
          .forEach(value -> given.add(value.text()));
    }
    assertThat(given).hasSizeGreaterThanOrEqualTo(8);
    assertThat(given).allSatisfy(t -> assertThat(IncomeTreatment.fromParameter(t)).isNotNull());
  }

  @Test
  void anIncomeIsMatchedByItsTreatmentAndAnUnknownTreatmentIsAFaultOfTheRuleSet() {
    assertThat(new IncomeItem("DLA_MOBILITY_LOWER", Money.ZERO, "mobility").getTreatedAs())
        .isEqualTo(IncomeTreatment.MOBILITY);
    assertThat(new IncomeItem("X", Money.ZERO, "afcs-gip").getTreatedAs())
        .isEqualTo(IncomeTreatment.AFCS_GIP);
    assertThatThrownBy(() -> new IncomeItem("LOTTERY_WIN", Money.ZERO, "lucky").getTreatedAs())
        .isInstanceOf(InvalidRuleSetException.class)
        .hasMessageContaining("incomeTreatment.LOTTERY_WIN")
        .hasMessageContaining("'lucky'");
  }
}
