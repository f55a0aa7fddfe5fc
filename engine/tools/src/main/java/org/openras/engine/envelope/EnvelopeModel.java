package org.openras.engine.envelope;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.OpenRasException;
import org.openras.engine.adjustment.AdjustmentResult;
import org.openras.engine.caseload.CaseloadLines;
import org.openras.engine.money.Money;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.result.CalculationResult;
import org.openras.engine.scenario.CostAdapter;
import org.openras.engine.scenario.CostPeriod;
import org.openras.engine.scenario.PartYear;
import org.openras.engine.scenario.ScenarioProgress;
import org.openras.engine.scenario.ScenarioSide;

/**
 * A caseload's annual net cost as a function of the affordability factor, cached so each solver
 * step is cheap: one engine pass costs every person on every period of the year and keeps, where an
 * adjustments version is in force, the figures before the factor (the uplifted budget, the
 * protected minimum, the assessed charge), and elsewhere the net amount × days. For a factor F (in
 * ten-thousandths) a period's net is then: affordable = uplifted × F, to the penny half up (rule
 * ADJ-040); raised to the protected minimum (ADJ-050); less the charge capped at that cost. The
 * model mirrors those rules for speed only: the chosen factor is always costed again through the
 * engine, and the report says whether the two agree.
 */
final class EnvelopeModel {
  private long[] fixed = new long[1024];
  private int[] end = new int[1024];
  private long[] lever = new long[4 * 1024];
  private int people;
  private int entries;
  long problems;
  private long asRuled;
  private ScenarioSide side = new ScenarioSide("envelope", null, null, null);

  /**
   * Costs every person once. {@code progress} is told every {@value #EVERY} lines and at the end:
   * lines read, and bytes read of the file's size (counted from the lines' characters, so only near
   * for text outside ASCII; never over the size); it may stop the pass by throwing.
   */
  static EnvelopeModel build(
      OpenRasEngine engine, Path caseload, List<CostPeriod> periods, ScenarioProgress progress)
      throws IOException {
    EnvelopeModel m = new EnvelopeModel();
    long total = Files.size(caseload);
    long read = 0;
    long lines = 0;
    try (BufferedReader in = Files.newBufferedReader(caseload, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        try {
          m.person(engine, CaseloadLines.parse(line).request(), periods);
        } catch (OpenRasException | IllegalArgumentException | NotCosted e) {
          m.problems++;
        }
        read += line.length() + 1;
        if (++lines % EVERY == 0) {
          progress.update(lines, Math.min(read, total), total);
        }
      }
    }
    progress.update(lines, total, total);
    return m;
  }

  /** How often, in lines, the model pass reports its progress. */
  static final int EVERY = 256;

  /** People costed (those the engine could not cost are counted in {@link #problems}). */
  int people() {
    return people;
  }

  /** Periods, over all people, in which the factor acts. */
  int leverPeriods() {
    return entries;
  }

  /** A model over people given one by one, each costed under {@code side}'s pins and overrides. */
  static EnvelopeModel of(ScenarioSide side) {
    EnvelopeModel m = new EnvelopeModel();
    m.side = side;
    return m;
  }

  /** Costs one person over their own periods; false (and counted) when they cannot be costed. */
  boolean add(OpenRasEngine engine, CalculationRequest request, List<CostPeriod> periods) {
    try {
      person(engine, request, periods);
      return true;
    } catch (OpenRasException | IllegalArgumentException | NotCosted e) {
      problems++;
      return false;
    }
  }

  /** The people's annual net cost as the rules give it (their own factor), in pence. */
  long asRuled() {
    return asRuled;
  }

  private void person(OpenRasEngine engine, CalculationRequest request, List<CostPeriod> periods) {
    long fixedDays = 0;
    long ruledDays = 0;
    int first = entries;
    for (CostPeriod p : periods) {
      CalculationRequest on =
          CostAdapter.forSide(
              request, new ScenarioSide(side.label(), p.from(), side.pins(), side.overrides()));
      CalculationResult r = engine.calculate(on, side.overrides());
      if (r.ras() == null) {
        entries = first;
        throw new NotCosted();
      }
      ruledDays += CostAdapter.figures(r).net() * p.days();
      AdjustmentResult adj = r.adjustments();
      if (adj != null && adj.inForce()) {
        addLever(adj, r, p.days());
      } else {
        fixedDays += CostAdapter.figures(r).net() * p.days();
      }
    }
    if (people == fixed.length) {
      fixed = Arrays.copyOf(fixed, people * 2);
      end = Arrays.copyOf(end, people * 2);
    }
    fixed[people] = fixedDays;
    end[people++] = entries;
    asRuled += PartYear.halfUp(ruledDays, 7);
  }

  private void addLever(AdjustmentResult adj, CalculationResult r, long days) {
    if (4 * entries + 4 > lever.length) {
      lever = Arrays.copyOf(lever, lever.length * 2);
    }
    int at = 4 * entries++;
    lever[at] = CostAdapter.pence(adj.upliftedWeeklyBudget());
    lever[at + 1] =
        adj.previousWeeklyBudget() == null ? -1 : protectedMinimum(adj.previousWeeklyBudget(), adj);
    lever[at + 2] =
        r.contribution() == null ? -1 : CostAdapter.pence(r.contribution().maximumCharge());
    lever[at + 3] = days;
  }

  /** As AdjustmentContext.protectedMinimum: previous × (1 − maximum fall), rounded up. */
  private static long protectedMinimum(Money previous, AdjustmentResult adj) {
    BigDecimal min = previous.amount().multiply(BigDecimal.ONE.subtract(adj.maximumFall()));
    return CostAdapter.pence(Money.rounded(min, RoundingMode.CEILING));
  }

  /** The caseload's annual net cost in pence at factor {@code f} ten-thousandths. */
  long annual(long f) {
    long total = 0;
    int e = 0;
    for (int i = 0; i < people; i++) {
      long sum = fixed[i];
      for (; e < end[i]; e++) {
        sum += net(4 * e, f) * lever[4 * e + 3];
      }
      total += PartYear.halfUp(sum, 7);
    }
    return total;
  }

  private long net(int at, long f) {
    long cost = PartYear.halfUp(lever[at] * f, 10_000);
    if (lever[at + 1] >= 0) {
      cost = Math.max(cost, lever[at + 1]);
    }
    long charge = lever[at + 2] < 0 ? 0 : Math.min(lever[at + 2], cost);
    return cost - charge;
  }

  /** A person the engine found not eligible on a period: reported by the scenario, not costed. */
  private static final class NotCosted extends RuntimeException {
    NotCosted() {
      super(null, null, false, false);
    }
  }
}
