package org.openras.service.forecast;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
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
        Move realignment,
    @Schema(
            description =
                "The policy choice the forecast's money is costed under (absent: the served rules"
                    + " as they are in force each year)")
        Choice baseline,
    @Schema(
            description =
                "A second policy choice to compare with the baseline: the same forecast costed"
                    + " under it, year by year and client group, with the difference; needs a"
                    + " reference caseload or young people")
        Choice candidate,
    @Schema(
            description =
                "A budget envelope per forecast year: the affordability factor that brings each"
                    + " year's forecast net cost (baseline) to its target; needs a reference"
                    + " caseload")
        Envelope envelope) {

  /**
   * One policy choice, as a scenario side but without a date (each forecast year is costed on its
   * own days).
   *
   * @param label the choice's name in the reports
   * @param pins area → a served version (a scheduled one, or an earlier one) used in every year
   * @param overrides parameter overrides such as {@code ras:pricePerPoint*1.03@age>=65}
   */
  @Schema(
      name = "ForecastPolicyChoice",
      description = "A policy choice: versions pinned by area and parameter overrides")
  public record Choice(
      @Schema(description = "The choice's name in the reports (absent: baseline or candidate)")
          String label,
      @Schema(
              description =
                  "Area → a version the service serves, used in every forecast year instead of"
                      + " the one in force, such as {\"ras\": \"2027-04-01\"}")
          Map<String, String> pins,
      @Schema(
              description =
                  "Parameter overrides, such as \"ras:pricePerPoint*1.03@age>=65\" (3% more per"
                      + " point for people aged 65 or over)")
          List<String> overrides) {}

  /**
   * A budget envelope per forecast year.
   *
   * @param targets financial year → the annual net council cost to meet, pounds as a string
   * @param contingency the share held back, such as 0.05
   * @param lowest the lowest affordability factor allowed (absent: 0.80)
   * @param highest the highest (absent: 1.20)
   */
  @Schema(name = "ForecastEnvelope", description = "A budget envelope per forecast year")
  public record Envelope(
      @Schema(
              description =
                  "Financial year → the annual net council cost to meet, such as {\"2027\":"
                      + " \"42000000.00\"}")
          Map<String, String> targets,
      @Schema(
              description = "The share of each target held back, 0 to below 1 (absent: 0)",
              type = "string")
          String contingency,
      @Schema(
              description = "The lowest affordability factor allowed (absent: 0.80)",
              type = "string")
          String lowest,
      @Schema(
              description = "The highest affordability factor allowed (absent: 1.20)",
              type = "string")
          String highest) {}

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
