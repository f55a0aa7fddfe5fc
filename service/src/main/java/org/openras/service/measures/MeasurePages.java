package org.openras.service.measures;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.openras.engine.measures.MeasureFigure;
import org.openras.engine.measures.MeasureReport;
import org.openras.engine.measures.Milestone;
import org.openras.engine.measures.ReportingPeriod;
import org.openras.engine.measures.ServiceRecord;
import org.openras.engine.request.InvalidRequestException;
import org.openras.service.web.PageErrors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The measures pages for finance and policy officers: keep a register from an export, read each
 * measure by period against the council's milestones (chart and table, CSV), and list a figure
 * person by person. Everything goes through {@link Measures}, as the API does.
 */
@Controller
@RequestMapping("/web/measures")
class MeasurePages {
  private final Measures measures;
  private final Clock clock;

  MeasurePages(Measures measures, ObjectProvider<Clock> clock) {
    this.measures = measures;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  @GetMapping
  String start(Model model) {
    return start(model, new PageErrors(), null);
  }

  private String start(Model model, PageErrors errors, String name) {
    model.addAttribute("registers", measures.registers().list());
    model.addAttribute("retentionDays", measures.registers().retention().toDays());
    model.addAttribute("errors", errors);
    model.addAttribute("name", name);
    return "web/measures";
  }

  @PostMapping("/registers")
  String keep(
      @RequestParam(name = "csv", required = false) MultipartFile csv,
      @RequestParam(name = "mapping", required = false) MultipartFile mapping,
      @RequestParam(name = "name", required = false) String name,
      Model model,
      org.springframework.security.core.Authentication who,
      RedirectAttributes next)
      throws IOException {
    PageErrors errors = new PageErrors();
    if (csv == null || csv.isEmpty()) {
      errors.add("csv", "Select the council's export (a CSV file)");
      return start(model, errors, name);
    }
    try (InputStream rows = csv.getInputStream();
        InputStream columns =
            mapping == null || mapping.isEmpty() ? null : mapping.getInputStream()) {
      Measures.Kept kept = measures.keep(name, rows, columns, who.getName());
      // Flash attributes live in the shared session (ADR 0021): Kept is Serializable, with its list
      // copied.
      next.addFlashAttribute(
          "kept",
          new Measures.Kept(
              kept.register(), kept.rows(), new java.util.ArrayList<>(kept.problems())));
      return "redirect:/web/measures/registers/" + kept.register().id();
    } catch (InvalidRequestException e) {
      e.errors()
          .forEach(
              f ->
                  errors.add(
                      f.field().equals("mapping")
                          ? "mapping"
                          : f.field().equals("name") ? "name" : "csv",
                      (f.field().equals("mapping")
                              ? "The column mapping "
                              : f.field().equals("name") ? "The name " : "The export ")
                          + f.problem()));
    } catch (RegisterImportException e) {
      errors.add(
          "csv",
          "No row of the export could be kept. "
              + e.problems.stream()
                  .limit(5)
                  .map(p -> "Line " + p.line() + ", column " + p.column() + ": " + p.problem())
                  .reduce((a, b) -> a + "; " + b)
                  .orElse("")
              + (e.problems.size() > 5 ? "; and " + (e.problems.size() - 5) + " more" : ""));
    }
    return start(model, errors, name);
  }

  @PostMapping("/registers/{id}/delete")
  String delete(
      @PathVariable String id,
      org.springframework.security.core.Authentication who,
      RedirectAttributes next) {
    RegisterStore.Register r = measures.registers().describe(id);
    measures.registers().delete(id, who.getName());
    next.addFlashAttribute("deleted", r.name());
    return "redirect:/web/measures";
  }

  @GetMapping("/registers/{id}")
  String report(@PathVariable String id, @ModelAttribute("form") MeasureForm form, Model model) {
    RegisterStore.Register register = measures.registers().describe(id);
    PageErrors errors = new PageErrors();
    if (form.isBlank()) {
      defaults(form, measures.registers().lines(id));
    }
    model.addAttribute("register", register);
    model.addAttribute("councils", measures.library().councils());
    model.addAttribute("errors", errors);
    Measures.Query q = form.query(errors);
    if (q != null) {
      try {
        MeasureReport r = measures.report(id, q);
        model.addAttribute("report", r);
        model.addAttribute("query", q);
        List<Chart> charts = new ArrayList<>();
        for (MeasureReport.Row row : r.rows()) {
          List<Milestone> ms =
              r.milestones().stream()
                  .map(c -> c.milestone())
                  .filter(m -> m.measure().equals(row.measure()))
                  .toList();
          MeasureFigure latest =
              row.figures().stream()
                  .flatMap(java.util.Optional::stream)
                  .reduce((a, b) -> b)
                  .orElse(null);
          charts.add(
              new Chart(row, MeasureSvg.line(row.title(), r.periods(), row.figures(), ms), latest));
        }
        model.addAttribute("charts", charts);
        model.addAttribute("csvLink", link(id, q, "/measures.csv", null));
      } catch (InvalidRequestException e) {
        e.errors().forEach(f -> errors.add(field(f.field()), sentence(f.field(), f.problem())));
      }
    }
    return "web/measures-report";
  }

  /** One measure's chart, its row of figures, and its latest figure (for the client groups). */
  record Chart(MeasureReport.Row row, String svg, MeasureFigure latest) {}

  @GetMapping(path = "/registers/{id}/measures.csv")
  ResponseEntity<String> csv(@PathVariable String id, @ModelAttribute("form") MeasureForm form) {
    PageErrors errors = new PageErrors();
    Measures.Query q = form.query(errors);
    if (q == null) {
      return ResponseEntity.badRequest()
          .contentType(MediaType.TEXT_PLAIN)
          .body(String.join("\n", errors.getByField().values()) + "\n");
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"measures.csv\"")
        .body(MeasureCsv.report(measures.report(id, q)));
  }

  @GetMapping("/registers/{id}/people")
  String people(
      @PathVariable String id,
      @RequestParam String measure,
      @RequestParam LocalDate day,
      @RequestParam(defaultValue = "QUARTER") ReportingPeriod.Length period,
      @RequestParam(required = false) String council,
      @RequestParam(required = false) String format,
      Model model) {
    MeasureFigure f =
        measures.people(
            id, measure, day, period, council == null || council.isBlank() ? null : council);
    model.addAttribute("register", measures.registers().describe(id));
    model.addAttribute("figure", f);
    model.addAttribute(
        "defined",
        measures
            .library()
            .definition(
                measure, f.period().end(), council == null || council.isBlank() ? null : council)
            .orElseThrow());
    model.addAttribute("source", measures.library().bibliography().resolve(f.source()));
    model.addAttribute(
        "csvLink",
        "/web/measures/registers/"
            + id
            + "/people.csv?measure="
            + measure
            + "&day="
            + day
            + "&period="
            + period
            + (council == null || council.isBlank() ? "" : "&council=" + council));
    return "web/measures-people";
  }

  @GetMapping("/registers/{id}/people.csv")
  ResponseEntity<String> peopleCsv(
      @PathVariable String id,
      @RequestParam String measure,
      @RequestParam LocalDate day,
      @RequestParam(defaultValue = "QUARTER") ReportingPeriod.Length period,
      @RequestParam(required = false) String council) {
    MeasureFigure f =
        measures.people(
            id, measure, day, period, council == null || council.isBlank() ? null : council);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + measure + "-" + f.period().end() + "-people.csv\"")
        .body(MeasureCsv.people(f));
  }

  /** From the register's first start to its last date, and today at the latest. */
  private void defaults(MeasureForm form, List<ServiceRecord> lines) {
    LocalDate today = LocalDate.now(clock);
    LocalDate first =
        lines.stream().map(ServiceRecord::start).min(Comparator.naturalOrder()).orElse(today);
    LocalDate last =
        lines.stream()
            .flatMap(r -> java.util.stream.Stream.of(r.start(), r.end()))
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(today);
    if (last.isAfter(today)) {
      last = today;
    }
    if (last.isBefore(first)) {
      last = first;
    }
    form.setFrom(MeasureForm.of(first));
    form.setTo(MeasureForm.of(last));
    form.setPeriod(ReportingPeriod.Length.QUARTER.name());
    var councils = measures.library().councils();
    if (councils.size() == 1) {
      form.setCouncil(councils.iterator().next());
    }
  }

  private String link(String id, Measures.Query q, String tail, String extra) {
    UriComponentsBuilder b =
        UriComponentsBuilder.fromPath("/web/measures/registers/" + id + tail)
            .queryParam("from.day", q.from().getDayOfMonth())
            .queryParam("from.month", q.from().getMonthValue())
            .queryParam("from.year", q.from().getYear())
            .queryParam("to.day", q.to().getDayOfMonth())
            .queryParam("to.month", q.to().getMonthValue())
            .queryParam("to.year", q.to().getYear())
            .queryParam("period", q.length().name());
    if (q.council() != null) {
      b.queryParam("council", q.council());
    }
    return b.build().encode().toUriString();
  }

  private static String field(String field) {
    return switch (field) {
      case "from", "to", "period", "council" -> field;
      default -> "from";
    };
  }

  private static String sentence(String field, String problem) {
    String name =
        switch (field) {
          case "to" -> "The last day";
          case "period" -> "The periods";
          case "council" -> "The council";
          default -> "The first day";
        };
    return name + " " + problem;
  }

  /** An unknown register: GOV.UK's "Page not found", never a trace. */
  @ExceptionHandler({RegisterNotFoundException.class})
  ModelAndView notFound() {
    ModelAndView page = new ModelAndView("web/measures-refused");
    page.addObject("heading", "Page not found");
    page.addObject("problems", List.of("No register is kept at this address."));
    page.setStatus(HttpStatus.NOT_FOUND);
    return page;
  }

  /** A person list asked for a measure not defined then, or a bad date: the page says which. */
  @ExceptionHandler({
    InvalidRequestException.class,
    org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
    org.springframework.web.bind.MissingServletRequestParameterException.class
  })
  ModelAndView badQuestion(Exception e) {
    ModelAndView page = new ModelAndView("web/measures-refused");
    page.addObject(
        "problems",
        e instanceof InvalidRequestException ire
            ? ire.errors().stream().map(f -> sentence(f.field(), f.problem())).toList()
            : List.of("The address asks for something the page cannot show: " + simple(e)));
    page.setStatus(HttpStatus.BAD_REQUEST);
    return page;
  }

  private static String simple(Exception e) {
    if (e
        instanceof
        org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m) {
      return "'" + m.getValue() + "' is not a valid " + m.getName() + ".";
    }
    if (e instanceof org.springframework.web.bind.MissingServletRequestParameterException m) {
      return m.getParameterName() + " is missing.";
    }
    return "it is not valid.";
  }
}
