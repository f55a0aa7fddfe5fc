package org.openras.service.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.engine.json.Json;
import org.openras.engine.money.Money;
import org.openras.engine.request.FieldError;

/**
 * Binding failures become a field path and words, for value types the request does not carry yet
 * (Money arrives with finances): the mapping does not depend on the request's current shape.
 */
class BindingErrorsTest {
  record Cost(Money weekly, LocalDate from) {}

  record Plan(List<Cost> costs) {}

  private static FieldError errorReading(String json) {
    Throwable thrown = catchThrowable(() -> Json.mapper().readValue(json, Plan.class));
    assertThat(thrown).isNotNull();
    return BindingErrors.of(thrown);
  }

  @Test
  void malformedMoneyIsNamedByItsPathWithTheFormItShouldTake() {
    FieldError error =
        errorReading("{\"costs\": [{\"weekly\": \"1.00\"}, {\"weekly\": \"£12.5x\"}]}");
    assertThat(error.field()).isEqualTo("costs[1].weekly");
    assertThat(error.problem()).contains("164.42");
  }

  @Test
  void moneyWithAFractionOfAPennyIsRefused() {
    FieldError error = errorReading("{\"costs\": [{\"weekly\": \"10.005\"}]}");
    assertThat(error.field()).isEqualTo("costs[0].weekly");
    assertThat(error.problem()).contains("two decimals");
  }

  @Test
  void aMalformedDateInAListIsNamedByItsPath() {
    FieldError error = errorReading("{\"costs\": [{\"from\": \"2025-13-01\"}]}");
    assertThat(error)
        .isEqualTo(
            new FieldError("costs[0].from", "\"2025-13-01\" is not a date written yyyy-MM-dd"));
  }

  @Test
  void noProblemNamesAJavaType() {
    for (String json :
        List.of(
            "{\"costs\": {}}",
            "{\"costs\": [{\"weekly\": 12}] , \"x\": 1}",
            "{\"costs\": [{\"weekly\": {}}]}",
            "{\"costs\": [\"a\"]}",
            "{\"costs\": [")) {
      FieldError error = errorReading(json);
      assertThat(error.field() + " " + error.problem())
          .as(json)
          .doesNotContain("java", "openras", "Money", "LocalDate", "Exception", "List");
    }
  }

  @Test
  void somethingThatIsNotABindingFailureIsReportedOnTheBody() {
    assertThat(BindingErrors.of(null))
        .isEqualTo(new FieldError("body", "is missing or cannot be read as JSON"));
  }
}
