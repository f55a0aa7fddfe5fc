package org.openras.engine.scenario;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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

  private final SideCosting baseline;
  private final SideCosting candidate;

  BatchWorker(
      OpenRasEngine baselineEngine,
      OpenRasEngine candidateEngine,
      ScenarioSpec spec,
      List<CostPeriod> periods) {
    this.baseline = new SideCosting(baselineEngine, spec.baseline(), spec.year(), periods);
    this.candidate = new SideCosting(candidateEngine, spec.candidate(), spec.year(), periods);
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
    SideCosting.Costed base = side(line, request, baseline, "baseline", done);
    SideCosting.Costed cand = side(line, request, candidate, "candidate", done);
    if (base == null || cand == null) {
      return;
    }
    count(base.results(), done.baselineVersions());
    count(cand.results(), done.candidateVersions());
    long actual =
        entry.actualWeeklyCost() == null ? -1 : CostAdapter.pence(entry.actualWeeklyCost());
    done.people()
        .add(
            new PersonOutcome(
                line,
                request.personRef(),
                request.person().primarySupportReason().ordinal(),
                age(request, base.results().get(0).assessmentDate()),
                actual,
                base.figures(),
                cand.figures()));
  }

  private SideCosting.Costed side(
      long line, CalculationRequest request, SideCosting side, String name, Done done) {
    try {
      return side.cost(request);
    } catch (SideCosting.NoBudget e) {
      // Found not eligible, and the figure was not asked for: counted and reported, not costed.
      done.problems()
          .add(
              new Problem(
                  line,
                  request.personRef(),
                  name,
                  "eligibility",
                  "not eligible: no indicative budget (" + e.result.eligibility().rasNote() + ")"));
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

  /** Counts each version a person's calculations used once for the person. */
  private static void count(List<CalculationResult> results, Map<String, Long> versions) {
    Set<String> used = new TreeSet<>();
    for (CalculationResult r : results) {
      for (RuleSetUsed u : r.ruleSets()) {
        used.add(u.area() + " " + u.version() + " " + u.hash());
      }
    }
    used.forEach(key -> versions.merge(key, 1L, Long::sum));
  }
}
