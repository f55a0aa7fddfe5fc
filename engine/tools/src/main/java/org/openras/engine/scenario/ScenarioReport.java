package org.openras.engine.scenario;

import java.util.List;
import java.util.Map;

/**
 * What a scenario found, as its JSON report writes it. Money is text in pounds ("1234.56"). Holds
 * nothing that varies between runs of the same caseload and sides (no clock, no timings), so the
 * same inputs give byte-identical JSON.
 */
public record ScenarioReport(
    String title,
    String engineVersion,
    Caseload caseload,
    Side baseline,
    Side candidate,
    Totals totals,
    List<GroupRow> byPrimarySupportReason,
    List<BandRow> bands,
    Percentiles percentiles,
    List<HistogramBin> changeHistogram,
    Losers losers,
    Problems problems,
    Year financialYear) {

  /**
   * The financial year a scenario costs, when it costs one: its days, the periods a side without a
   * date was calculated on, and how amounts were apportioned and rounded.
   */
  public record Year(
      String from, String to, long days, List<String> periods, String apportioning) {}

  /**
   * The caseload: its SHA-256 (of the file's bytes), lines read, people calculated under both
   * sides, lines with a problem, and people with no budget indicated (no points) under each side.
   */
  public record Caseload(
      String sha256,
      long lines,
      long calculated,
      long linesWithProblems,
      long noBudgetBaseline,
      long noBudgetCandidate) {}

  /** A side as run: its label, date, pins, overrides, and the versions it used with head counts. */
  public record Side(
      String label,
      String date,
      Map<String, String> pins,
      List<String> overrides,
      List<VersionUsed> versions) {}

  public record VersionUsed(String area, String version, String hash, long people) {}

  /** Weekly and annual totals of each side over the people calculated under both. */
  public record Totals(
      SideTotals baseline,
      SideTotals candidate,
      String weeklyNetChange,
      String annualNetChange,
      String actualWeeklyCost,
      long peopleWithActualCost) {}

  public record SideTotals(
      String weeklyBudget, String weeklyContribution, String weeklyNet, String annualNet) {}

  public record GroupRow(
      String primarySupportReason,
      String title,
      long people,
      String baselineWeeklyNet,
      String candidateWeeklyNet,
      String weeklyNetChange,
      String actualWeeklyCost) {}

  public record BandRow(String band, String title, long people) {}

  /**
   * Nearest-rank percentiles of the weekly change in net council cost (pounds, every person) and of
   * the percentage change (people with a baseline above zero).
   */
  public record Percentiles(
      List<Point> weeklyChange, long percentPeople, List<Point> percentChange) {}

  public record Point(String percentile, String value) {}

  /** People in a range of weekly change: {@code from} inclusive-exclusive as the label says. */
  public record HistogramBin(String label, long fromPence, long toPence, long people) {}

  /** People whose weekly net funding falls by more than the threshold; the first few listed. */
  public record Losers(
      String weeklyThreshold, long people, String totalWeeklyLoss, List<Loser> listed) {}

  public record Loser(long line, String personRef, String weeklyChange) {}

  /** Rows not calculated: counted by reason, the first few listed by line. */
  public record Problems(long count, Map<String, Long> byReason, List<Problem> listed) {}
}
