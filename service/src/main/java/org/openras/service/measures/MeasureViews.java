package org.openras.service.measures;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.measures.Exclusion;
import org.openras.engine.measures.MeasureFigure;
import org.openras.engine.measures.MeasureReport;
import org.openras.engine.measures.MilestoneCheck;
import org.openras.engine.measures.PersonCount;
import org.openras.engine.measures.ReportingPeriod;

/**
 * The API's shapes for registers and measures. Percentages are strings with one decimal place (as
 * counted: half up), so a client reads exactly what the page shows; absent values are left out.
 */
final class MeasureViews {
  private MeasureViews() {}

  /** A kept register. */
  record RegisterView(
      String id,
      String name,
      long lines,
      long rowsRejected,
      String keptBy,
      Instant keptAt,
      Instant expiresAt) {
    static RegisterView of(RegisterStore.Register r) {
      return new RegisterView(
          r.id(), r.name(), r.lines(), r.rejected(), r.keptBy(), r.keptAt(), r.expiresAt());
    }
  }

  /** The answer to an upload: the register and every row left out. */
  record KeptView(RegisterView register, long rowsRead, List<Measures.Problem> problems) {}

  record PeriodView(LocalDate start, LocalDate end, String label) {
    static PeriodView of(ReportingPeriod p) {
      return new PeriodView(p.start(), p.end(), p.label());
    }
  }

  record GroupView(String clientGroup, long numerator, long denominator, String percent) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record FigureView(
      PeriodView period,
      boolean defined,
      String code,
      String version,
      String source,
      Long numerator,
      Long denominator,
      String percent,
      List<GroupView> byClientGroup,
      Map<Exclusion, Long> excluded) {
    static FigureView of(ReportingPeriod p, MeasureFigure f) {
      if (f == null) {
        return new FigureView(
            PeriodView.of(p), false, null, null, null, null, null, null, null, null);
      }
      List<GroupView> groups = new ArrayList<>();
      f.byGroup()
          .forEach(
              (g, c) ->
                  groups.add(new GroupView(g, c.numerator(), c.denominator(), text(c.percent()))));
      return new FigureView(
          PeriodView.of(p),
          true,
          f.code(),
          f.version(),
          f.source(),
          f.numerator(),
          f.denominator(),
          text(f.percent()),
          groups,
          new LinkedHashMap<>(f.excluded()));
    }
  }

  record MeasureView(String measure, String title, List<FigureView> figures) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record MilestoneView(
      String measure,
      LocalDate by,
      String target,
      String words,
      MilestoneCheck.Status status,
      PeriodView comparedPeriod,
      String value,
      String expected,
      String gap,
      String judgement) {
    static MilestoneView of(MilestoneCheck c) {
      return new MilestoneView(
          c.milestone().measure(),
          c.milestone().by(),
          text(c.milestone().target()),
          c.milestone().words(),
          c.status(),
          c.period() == null ? null : PeriodView.of(c.period()),
          text(c.value()),
          text(c.expected()),
          text(c.gap()),
          c.words());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ReportView(
      String registerId,
      String council,
      List<PeriodView> periods,
      List<MeasureView> measures,
      List<MilestoneView> milestones) {
    static ReportView of(String registerId, MeasureReport r) {
      List<MeasureView> measures = new ArrayList<>();
      for (MeasureReport.Row row : r.rows()) {
        List<FigureView> figures = new ArrayList<>();
        for (int i = 0; i < r.periods().size(); i++) {
          figures.add(FigureView.of(r.periods().get(i), row.figures().get(i).orElse(null)));
        }
        measures.add(new MeasureView(row.measure(), row.title(), figures));
      }
      return new ReportView(
          registerId,
          r.council(),
          r.periods().stream().map(PeriodView::of).toList(),
          measures,
          r.milestones().stream().map(MilestoneView::of).toList());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PersonView(
      String personRef,
      String clientType,
      String clientGroup,
      String counted,
      Exclusion exclusion,
      String setting,
      String management,
      int lines,
      String why) {
    static PersonView of(PersonCount p) {
      return new PersonView(
          p.personRef(),
          p.clientType().name(),
          p.clientGroup() == null ? null : p.clientGroup().title(),
          p.inNumerator() ? "numerator" : p.inDenominator() ? "denominator only" : "not counted",
          p.exclusion(),
          p.setting() == null ? null : p.setting().name(),
          p.management() == null ? null : p.management().name(),
          p.lines(),
          p.words());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PeopleView(
      String measure,
      String code,
      String title,
      String version,
      String source,
      PeriodView period,
      long numerator,
      long denominator,
      String percent,
      List<PersonView> people) {
    static PeopleView of(MeasureFigure f) {
      return new PeopleView(
          f.measure(),
          f.code(),
          f.title(),
          f.version(),
          f.source(),
          PeriodView.of(f.period()),
          f.numerator(),
          f.denominator(),
          text(f.percent()),
          f.people().stream().map(PersonView::of).toList());
    }
  }

  static String text(BigDecimal d) {
    return d == null ? null : d.setScale(1, java.math.RoundingMode.UNNECESSARY).toPlainString();
  }
}
