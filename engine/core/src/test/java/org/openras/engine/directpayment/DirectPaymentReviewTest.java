package org.openras.engine.directpayment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openras.engine.TestRules;
import org.openras.engine.explain.Reason;
import org.openras.engine.money.Money;
import org.openras.engine.params.ParameterRead;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.result.AccountReview;
import org.openras.engine.result.RuleSetUsed;

/** One account's review through the engine: figures, versions, explanation and refusals. */
class DirectPaymentReviewTest {
  static DirectPaymentRequest account(
      String council, String closing, LocalDate death, List<Commitment> commitments) {
    Money close = Money.parse(closing);
    // opening + 800.00 + 120.00 - 700.00 = closing
    Money opening = close.minus(Money.parse("220.00"));
    return new DirectPaymentRequest(
        "acc-test",
        council,
        LocalDate.of(2026, 9, 1),
        LocalDate.of(2026, 9, 30),
        Money.parse("200.00"),
        Money.parse("800.00"),
        Money.parse("120.00"),
        Money.parse("120.00"),
        opening,
        Money.parse("700.00"),
        close,
        commitments,
        death,
        null,
        null,
        Map.of());
  }

  @Test
  void aSurplusAboveTheContingencyIsRecoverableWithEveryRuleAndFigureNamed() {
    AccountReview r = TestRules.engine().reviewAccount(account(null, "1720.00", null, List.of()));
    assertThat(r.directPayments().recoverable()).isEqualTo(Money.parse("120.00"));
    assertThat(r.ruleSets()).extracting(RuleSetUsed::area).containsExactly("directpayments");
    assertThat(r.trace())
        .extracting(Reason::getRuleId)
        .containsExactly(
            "DP-020", "DP-021", "DP-030", "DP-040", "DP-050", "DP-062", "DP-075", "DP-080",
            "DP-092");
    assertThat(r.trace()).allSatisfy(reason -> assertThat(reason.getSource()).isNotBlank());
    assertThat(r.parameters())
        .extracting(ParameterRead::name)
        .containsExactly("contingencyWeeks", "deMinimis", "returnIntervalWeeks");
    assertThat(r.directPayments().council()).isEqualTo("no council: national defaults only");
  }

  @Test
  void aCouncilsOverlayIsUsedAndNamed() {
    AccountReview r =
        TestRules.engine().reviewAccount(account("south-borough", "1720.00", null, List.of()));
    assertThat(r.ruleSets())
        .extracting(RuleSetUsed::area)
        .containsExactly("directpayments", "directpayments-councils/south-borough");
    assertThat(r.parameters())
        .filteredOn(p -> p.name().equals("contingencyWeeks"))
        .extracting(ParameterRead::area)
        .containsExactly("directpayments-councils/south-borough");
    assertThat(r.directPayments().recoverable()).isEqualTo(Money.parse("920.00"));
  }

  @Test
  void theEstateChoiceIsReadOnlyForAHolderWhoHasDied() {
    AccountReview living =
        TestRules.engine().reviewAccount(account("south-borough", "1720.00", null, List.of()));
    assertThat(living.parameters())
        .extracting(ParameterRead::name)
        .doesNotContain("deceasedOwnContributions", "unpaidContributions");
    AccountReview died =
        TestRules.engine()
            .reviewAccount(
                account("south-borough", "1720.00", LocalDate.of(2026, 9, 20), List.of()));
    assertThat(died.parameters())
        .extracting(ParameterRead::name)
        .contains("deceasedOwnContributions")
        .doesNotContain("contingencyWeeks");
  }

  @Test
  void anUnknownCouncilAndBadFieldsAreRefusedTogether() {
    DirectPaymentRequest bad =
        new DirectPaymentRequest(
            " ",
            "nowhere",
            LocalDate.of(2026, 9, 30),
            LocalDate.of(2026, 9, 1),
            null,
            null,
            null,
            null,
            null,
            Money.parse("-1.00"),
            Money.parse("10.00"),
            List.of(new Commitment(null, Money.parse("-5.00"), null)),
            null,
            null,
            null,
            Map.of());
    assertThatThrownBy(() -> TestRules.engine().reviewAccount(bad))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .contains(
                        "accountRef",
                        "councilRef",
                        "periodEnd",
                        "weeklyPayment",
                        "spend",
                        "commitments[0].kind",
                        "commitments[0].amount"));
  }
}
