package org.openras.engine.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.engine.scenario.ScenarioReport.Loser;

/**
 * The running totals of a scenario, fed batch by batch in caseload order by one thread: sums in
 * pence, counts by primary support reason and band, and the primitive arrays of change from which
 * percentiles come. Per-person rows go straight to the CSV sink and are not kept.
 */
final class ScenarioTally {
  private static final int MAX_REASONS = 1000;
  static final int PSRS = PrimarySupportReason.values().length;

  final long[] base = new long[4];
  final long[] cand = new long[4];
  long actual;
  long withActual;
  long lines;
  long calculated;
  long noBudgetBase;
  long noBudgetCand;
  final long[] psrPeople = new long[PSRS];
  final long[] psrBase = new long[PSRS];
  final long[] psrCand = new long[PSRS];
  final long[] psrActual = new long[PSRS];
  final long[] bands = new long[ChangeBand.values().length];
  final LongArray changes = new LongArray();
  final LongArray percents = new LongArray();
  long losers;
  long loss;
  final List<Loser> listedLosers = new ArrayList<>();
  long problems;
  long linesWithProblems;
  final Map<String, Long> reasons = new TreeMap<>();
  final List<Problem> listedProblems = new ArrayList<>();
  final Map<String, Long> baseVersions = new TreeMap<>();
  final Map<String, Long> candVersions = new TreeMap<>();

  private final long threshold;
  private final int listLimit;
  private final ScenarioCsv csv;

  ScenarioTally(long thresholdPence, int listLimit, ScenarioCsv csv) {
    this.threshold = thresholdPence;
    this.listLimit = listLimit;
    this.csv = csv;
  }

  void commit(BatchWorker.Done done, int linesInBatch) {
    lines += linesInBatch;
    try {
      for (PersonOutcome p : done.people()) {
        person(p);
        csv.person(p);
      }
      long lastLine = -1;
      for (Problem p : done.problems()) {
        problem(p, p.line() != lastLine);
        lastLine = p.line();
        csv.problem(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    done.baselineVersions().forEach((k, v) -> baseVersions.merge(k, v, Long::sum));
    done.candidateVersions().forEach((k, v) -> candVersions.merge(k, v, Long::sum));
  }

  private void person(PersonOutcome p) {
    calculated++;
    add(base, p.baseline());
    add(cand, p.candidate());
    noBudgetBase += p.baseline().budget() == 0 ? 1 : 0;
    noBudgetCand += p.candidate().budget() == 0 ? 1 : 0;
    psrPeople[p.psr()]++;
    psrBase[p.psr()] += p.baseline().net();
    psrCand[p.psr()] += p.candidate().net();
    if (p.actual() >= 0) {
      actual += p.actual();
      psrActual[p.psr()] += p.actual();
      withActual++;
    }
    bands[p.band().ordinal()]++;
    long change = p.change();
    changes.add(change);
    if (p.baseline().net() > 0) {
      percents.add(Pence.basisPoints(change, p.baseline().net()));
    }
    if (-change > threshold) {
      losers++;
      loss += -change;
      if (listedLosers.size() < listLimit) {
        listedLosers.add(new Loser(p.line(), p.personRef(), Pence.text(change)));
      }
    }
  }

  private static void add(long[] sums, SideFigures f) {
    sums[0] += f.budget();
    sums[1] += f.contribution();
    sums[2] += f.net();
    sums[3] += f.annualNet();
  }

  private void problem(Problem p, boolean newLine) {
    problems++;
    linesWithProblems += newLine ? 1 : 0;
    String reason = p.side() + " " + p.field() + ": " + p.problem();
    if (reasons.containsKey(reason) || reasons.size() < MAX_REASONS) {
      reasons.merge(reason, 1L, Long::sum);
    } else {
      reasons.merge("(other reasons)", 1L, Long::sum);
    }
    if (listedProblems.size() < listLimit) {
      listedProblems.add(p);
    }
  }
}
