package org.openras.engine.scenario;

import java.io.IOException;
import java.io.Writer;
import org.openras.engine.request.PrimarySupportReason;

/**
 * Streams a scenario's per-person rows and problem rows as CSV (RFC 4180 quoting), in caseload
 * order. Either writer may be null to skip that file.
 */
public final class ScenarioCsv {
  static final String PEOPLE_HEADER =
      "line,personRef,primarySupportReason,age,actualWeeklyCost,"
          + "baselineWeeklyBudget,baselineWeeklyContribution,baselineWeeklyNet,baselineAnnualNet,"
          + "candidateWeeklyBudget,candidateWeeklyContribution,candidateWeeklyNet,candidateAnnualNet,"
          + "weeklyNetChange,percentChange,band";
  static final String PROBLEMS_HEADER = "line,personRef,side,field,problem";
  private static final PrimarySupportReason[] PSRS = PrimarySupportReason.values();

  private final Writer people;
  private final Writer problems;

  public ScenarioCsv(Writer people, Writer problems) throws IOException {
    this.people = people;
    this.problems = problems;
    if (people != null) {
      people.write(PEOPLE_HEADER + "\n");
    }
    if (problems != null) {
      problems.write(PROBLEMS_HEADER + "\n");
    }
  }

  /** Writes nothing. */
  public static ScenarioCsv none() {
    try {
      return new ScenarioCsv(null, null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  void person(PersonOutcome p) throws IOException {
    if (people == null) {
      return;
    }
    StringBuilder s = new StringBuilder(200);
    s.append(p.line()).append(',').append(quote(p.personRef())).append(',');
    s.append(PSRS[p.psr()].name()).append(',');
    s.append(p.age() < 0 ? "" : Integer.toString(p.age())).append(',');
    s.append(p.actual() < 0 ? "" : Pence.text(p.actual())).append(',');
    side(s, p.baseline());
    side(s, p.candidate());
    s.append(Pence.text(p.change())).append(',');
    s.append(
            p.baseline().net() > 0
                ? Pence.percent(Pence.basisPoints(p.change(), p.baseline().net()))
                : "")
        .append(',');
    s.append(p.band().name()).append('\n');
    people.write(s.toString());
  }

  private static void side(StringBuilder s, SideFigures f) {
    s.append(Pence.text(f.budget())).append(',');
    s.append(Pence.text(f.contribution())).append(',');
    s.append(Pence.text(f.net())).append(',');
    s.append(Pence.text(f.annualNet())).append(',');
  }

  void problem(Problem p) throws IOException {
    if (problems == null) {
      return;
    }
    problems.write(
        p.line()
            + ","
            + quote(p.personRef())
            + ","
            + quote(p.side())
            + ","
            + quote(p.field())
            + ","
            + quote(p.problem())
            + "\n");
  }

  static String quote(String value) {
    if (value == null) {
      return "";
    }
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
