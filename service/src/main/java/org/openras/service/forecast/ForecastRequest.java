package org.openras.service.forecast;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * What a finance officer asks of a forecast, as sent (the part {@code request} of {@code POST
 * /api/v1/forecasts}, or the page's form): every value as written, checked by {@link ForecastInput}
 * so that each bad one is named.
 */
@Schema(description = "What to forecast: the history's columns, the years, the officer's factors")
public record ForecastRequest(
    @Schema(description = "The forecast's name in words, shown in the list") String title,
    @Schema(
            description =
                "Which history column holds what (absent: month, group, people, net_cost)")
        Columns columns,
    @Schema(
            description =
                "The first forecast financial year's first calendar year: 2027 is 2027/28; it must"
                    + " start after the history's last month")
        Integer firstYear,
    @Schema(description = "How many financial years to forecast, 1 to 10 (absent: 5)")
        Integer years,
    @Schema(
            description =
                "The prediction intervals' coverage, above 0.5 and below 1 (absent: 0.95)",
            type = "string")
        String confidence,
    @Schema(
            description =
                "A population growth factor per financial year beyond the trend, such as"
                    + " {\"2027\": \"1.02\"} (2% more); the factors compound, a year without one"
                    + " takes 1")
        Map<String, String> populationGrowth,
    @Schema(
            description =
                "A price inflation factor per financial year beyond what the rule-set versions"
                    + " hold, such as {\"2027\": \"1.03\"}; compounded the same way")
        Map<String, String> inflation,
    @Schema(
            description =
                "A kept caseload's SHA-256 (POST /api/v1/caseloads): each client group's cost per"
                    + " person changes as the rules in force each year change these people's"
                    + " costs")
        String referenceCaseload,
    @Schema(
            description =
                "The date the history's cost per person stands for, yyyy-mm-dd (absent: the"
                    + " first day of the history's last month)")
        String pricedOn,
    @Schema(description = "Budget to move from one client group to another in every year")
        Move realignment) {

  /**
   * The history's column mapping, as {@code openras forecast} takes it.
   *
   * @param month the month column, written 2025-04
   * @param group the client group column
   * @param people the people supported column
   * @param cost the net council cost column, pounds
   * @param costBasis WEEKLY or MONTHLY: what the cost column is for
   */
  @Schema(description = "The history's columns, as openras forecast takes them")
  public record Columns(
      @Schema(description = "The month column, written 2025-04 (absent: month)") String month,
      @Schema(description = "The client group column (absent: group)") String group,
      @Schema(description = "The people supported column (absent: people)") String people,
      @Schema(description = "The net council cost column, pounds (absent: net_cost)") String cost,
      @Schema(description = "WEEKLY or MONTHLY: what the cost column is for (absent: WEEKLY)")
          String costBasis) {}

  /**
   * Budget moved between client groups every forecast year: an amount or a percent, not both.
   *
   * @param from the client group giving budget
   * @param to the client group receiving it
   * @param amount pounds a year, as a string
   * @param percent percent of the giving group's forecast net cost, 0 to 100, as a string
   */
  @Schema(description = "Budget moved from one client group to another: an amount or a percent")
  public record Move(
      @Schema(description = "The client group giving budget, such as LEARNING_DISABILITY")
          String from,
      @Schema(description = "The client group receiving it, such as MENTAL_HEALTH") String to,
      @Schema(description = "Pounds a year to move, such as \"250000.00\"") String amount,
      @Schema(description = "Percent of the giving group's forecast net cost, 0 to 100")
          String percent) {}
}
