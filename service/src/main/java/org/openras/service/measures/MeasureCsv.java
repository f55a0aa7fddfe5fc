package org.openras.service.measures;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openras.engine.measures.MeasureFigure;
import org.openras.engine.measures.MeasureReport;
import org.openras.engine.measures.PersonCount;

/** A report's figures, and a figure's people, as CSV for a spreadsheet. */
final class MeasureCsv {
  private MeasureCsv() {}

  /** One row per measure, period and client group ("All" first), with the definition used. */
  static String report(MeasureReport r) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(
                "measure",
                "title",
                "period",
                "start",
                "end",
                "client_group",
                "numerator",
                "denominator",
                "percent",
                "code",
                "version",
                "source")
            .get()
            .print(out)) {
      for (MeasureReport.Row row : r.rows()) {
        for (int i = 0; i < r.periods().size(); i++) {
          var p = r.periods().get(i);
          Optional<MeasureFigure> f = row.figures().get(i);
          if (f.isEmpty()) {
            csv.printRecord(
                row.measure(),
                row.title(),
                p.label(),
                p.start(),
                p.end(),
                "All",
                "",
                "",
                "",
                "",
                "",
                "");
            continue;
          }
          MeasureFigure x = f.get();
          csv.printRecord(
              row.measure(),
              row.title(),
              p.label(),
              p.start(),
              p.end(),
              "All",
              x.numerator(),
              x.denominator(),
              MeasureViews.text(x.percent()),
              x.code(),
              x.version(),
              x.source());
          for (var g : x.byGroup().entrySet()) {
            csv.printRecord(
                row.measure(),
                row.title(),
                p.label(),
                p.start(),
                p.end(),
                g.getKey(),
                g.getValue().numerator(),
                g.getValue().denominator(),
                MeasureViews.text(g.getValue().percent()),
                x.code(),
                x.version(),
                x.source());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String people(MeasureFigure f) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        CSVFormat.DEFAULT
            .builder()
            .setHeader("person_ref", "client_type", "client_group", "counted", "why")
            .get()
            .print(out)) {
      for (PersonCount p : f.people()) {
        var v = MeasureViews.PersonView.of(p);
        csv.printRecord(v.personRef(), v.clientType(), v.clientGroup(), v.counted(), v.why());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
