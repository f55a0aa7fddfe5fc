package org.openras.engine.scenario;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.OpenRasException;
import org.openras.engine.caseload.CaseloadEntry;
import org.openras.engine.caseload.CaseloadLines;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.result.CalculationResult;
import org.openras.engine.result.RuleSetUsed;

/** Calculates one batch of caseload lines under both sides; runs on a worker thread. */
final class BatchWorker {
  /** A batch's outcomes in line order, its problems, and the versions each side used. */
  record Done(
      List<PersonOutcome> people,
      List<Problem> problems,
      Map<String, Long> baselineVersions,
      Map<String, Long> candidateVersions) {}

  private final OpenRasEngine engine;
  private final ScenarioSpec spec;

  BatchWorker(OpenRasEngine engine, ScenarioSpec spec) {
    this.engine = engine;
    this.spec = spec;
  }

  Done process(long firstLine, List<String> lines) {
    Done done = new Done(new ArrayList<>(), new ArrayList<>(), new TreeMap<>(), new TreeMap<>());
    for (int i = 0; i < lines.size(); i++) {
      one(firstLine + i, lines.get(i), done);
    }
    return done;
  }

  private void one(long line, String text, Done done) {
    CaseloadEntry entry;
    try {
      entry = CaseloadLines.parse(text);
    } catch (IllegalArgumentException e) {
      done.problems().add(new Problem(line, null, "caseload", "", e.getMessage()));
      return;
    }
    CalculationRequest request = entry.request();
    CalculationResult base = side(line, request, spec.baseline(), "baseline", done);
    CalculationResult cand = side(line, request, spec.candidate(), "candidate", done);
    if (base == null || cand == null) {
      return;
    }
    count(base, done.baselineVersions());
    count(cand, done.candidateVersions());
    long actual =
        entry.actualWeeklyCost() == null ? -1 : CostAdapter.pence(entry.actualWeeklyCost());
    done.people()
        .add(
            new PersonOutcome(
                line,
                request.personRef(),
                request.person().primarySupportReason().ordinal(),
                age(request, base.assessmentDate()),
                actual,
                CostAdapter.figures(base),
                CostAdapter.figures(cand)));
  }

  private CalculationResult side(
      long line, CalculationRequest request, ScenarioSide side, String name, Done done) {
    try {
      CalculationResult result =
          engine.calculate(CostAdapter.forSide(request, side), side.overrides());
      if (result.ras() == null) {
        // Found not eligible, and the figure was not asked for: counted and reported, not costed.
        done.problems()
            .add(
                new Problem(
                    line,
                    request.personRef(),
                    name,
                    "eligibility",
                    "not eligible: no indicative budget (" + result.eligibility().rasNote() + ")"));
        return null;
      }
      return result;
    } catch (InvalidRequestException e) {
      for (FieldError f : e.errors()) {
        done.problems().add(new Problem(line, request.personRef(), name, f.field(), f.problem()));
      }
    } catch (OpenRasException | IllegalArgumentException e) {
      done.problems()
          .add(new Problem(line, request.personRef(), name, "", String.valueOf(e.getMessage())));
    }
    return null;
  }

  private static int age(CalculationRequest r, LocalDate on) {
    if (r.person().dateOfBirth() == null) {
      return -1;
    }
    return Period.between(r.person().dateOfBirth(), on).getYears();
  }

  private static void count(CalculationResult r, Map<String, Long> versions) {
    for (RuleSetUsed u : r.ruleSets()) {
      versions.merge(u.area() + " " + u.version() + " " + u.hash(), 1L, Long::sum);
    }
  }
}
