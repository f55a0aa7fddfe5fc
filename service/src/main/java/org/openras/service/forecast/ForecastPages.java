package org.openras.service.forecast;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.request.PrimarySupportReason;
import org.openras.service.scenario.CaseloadNotFoundException;
import org.openras.service.scenario.CaseloadStore;
import org.openras.service.web.Formats;
import org.openras.service.web.PageErrors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The finance officer's forecast pages: the forecasts kept and a form to start one, a progress page
 * while it runs, and the report (a fan chart and table per client group, the backtest beside each,
 * young people by month of arrival, money by year, the re-alignment, the assumptions, and the CSV
 * and JSON downloads). Everything goes through {@link ForecastJobs}, as the API does.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/web/forecasts")
class ForecastPages {
  static final int REFRESH_SECONDS = 2;

  private final ForecastJobs jobs;
  private final CaseloadStore caseloads;

  ForecastPages(ForecastJobs jobs, CaseloadStore caseloads) {
    this.jobs = jobs;
    this.caseloads = caseloads;
  }

  /** What the form holds, as typed, to show again with its errors. */
  record Form(
      String title,
      String firstYear,
      String years,
      String confidence,
      String growth,
      String inflation,
      String costBasis,
      String monthColumn,
      String groupColumn,
      String peopleColumn,
      String costColumn,
      String caseload,
      String from,
      String to,
      String amount,
      String percent,
      String candidateLabel,
      String pricePercent,
      String priceGroup,
      String candidateVersion,
      String envelopeAmount,
      String envelopeChange,
      String contingency) {
    static Form empty() {
      return new Form(
          null, null, "5", "95", null, null, "WEEKLY", null, null, null, null, null, null, null,
          null, null, null, null, null, null, null, null, null);
    }

    public boolean comparing() {
      return !blank(pricePercent) || !blank(candidateVersion);
    }

    public boolean enveloping() {
      return !blank(envelopeAmount) || !blank(envelopeChange) || !blank(contingency);
    }
  }

  /** A served version a second policy can use for its area, in words. */
  record VersionOption(String value, String words) {}

  private List<VersionOption> versions() {
    List<VersionOption> out = new ArrayList<>();
    var served = jobs.served();
    for (String area : served.areas()) {
      for (var v : served.versions(area)) {
        String words = Formats.area(area);
        out.add(
            new VersionOption(
                area + "=" + v.version(),
                Character.toUpperCase(words.charAt(0))
                    + words.substring(1)
                    + " in force from "
                    + Formats.date(v.effectiveFrom())
                    + " (version "
                    + v.version()
                    + ")"));
      }
    }
    return out;
  }

  private static boolean blank(String v) {
    return v == null || v.isBlank();
  }

  /** A forecast in the list, with its name in words. */
  record Row(ForecastJob job, String title) {}

  @GetMapping
  String list(Model model) {
    return list(model, Form.empty(), new PageErrors());
  }

  private String list(Model model, Form form, PageErrors errors) {
    model.addAttribute(
        "forecasts",
        jobs.list(ForecastController.SHOWN).stream().map(j -> new Row(j, title(j))).toList());
    model.addAttribute("retentionDays", jobs.retention().toDays());
    model.addAttribute("caseloads", caseloads.list(ForecastController.SHOWN));
    model.addAttribute("groups", groups());
    model.addAttribute("versions", versions());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "web/forecasts";
  }

  static Map<String, String> groups() {
    Map<String, String> out = new LinkedHashMap<>();
    for (PrimarySupportReason p : PrimarySupportReason.values()) {
      out.put(p.name(), p.title());
    }
    return out;
  }

  @PostMapping
  String start(
      @RequestParam(name = "history", required = false) MultipartFile history,
      @RequestParam(name = "transitions", required = false) MultipartFile transitions,
      @RequestParam Map<String, String> fields,
      Model model,
      Authentication who)
      throws IOException {
    Form form =
        new Form(
            fields.get("title"),
            fields.get("firstYear"),
            fields.get("years"),
            fields.get("confidence"),
            fields.get("growth"),
            fields.get("inflation"),
            fields.getOrDefault("costBasis", "WEEKLY"),
            fields.get("monthColumn"),
            fields.get("groupColumn"),
            fields.get("peopleColumn"),
            fields.get("costColumn"),
            fields.get("caseload"),
            fields.get("from"),
            fields.get("to"),
            fields.get("amount"),
            fields.get("percent"),
            fields.get("candidateLabel"),
            fields.get("pricePercent"),
            fields.get("priceGroup"),
            fields.get("candidateVersion"),
            fields.get("envelopeAmount"),
            fields.get("envelopeChange"),
            fields.get("contingency"));
    PageErrors errors = new PageErrors();
    if (history == null || history.isEmpty()) {
      errors.add("history", "Select the monthly history of people supported and their costs");
    }
    Integer firstYear = whole(form.firstYear(), "firstYear", "The first year", errors);
    if (firstYear == null && !errors.getByField().containsKey("firstYear")) {
      errors.add("firstYear", "Enter the first year to forecast, for example 2027");
    }
    Integer years = whole(form.years(), "years", "The number of years", errors);
    String confidence = null;
    BigDecimal c = decimal(form.confidence(), "confidence", "The likely range", errors);
    if (c != null) {
      confidence = c.movePointLeft(2).toPlainString();
    }
    BigDecimal growth = decimal(form.growth(), "growth", "Population growth", errors);
    BigDecimal inflation = decimal(form.inflation(), "inflation", "Price inflation", errors);
    BigDecimal price =
        decimal(form.pricePercent(), "pricePercent", "The change in price per point", errors);
    if (price != null && price.compareTo(BigDecimal.valueOf(-100)) <= 0) {
      errors.add("pricePercent", "The change in price per point must be above −100%");
    }
    BigDecimal budget = null;
    if (!blank(form.envelopeAmount())) {
      try {
        budget = new BigDecimal(form.envelopeAmount().trim().replace("£", "").replace(",", ""));
      } catch (NumberFormatException e) {
        errors.add(
            "envelopeAmount", "The budget for the first year must be pounds, like 42,000,000");
      }
    } else if (form.enveloping()) {
      errors.add("envelopeAmount", "Enter the budget for the first year, like 42,000,000");
    }
    BigDecimal change =
        decimal(form.envelopeChange(), "envelopeChange", "The yearly change in budget", errors);
    BigDecimal held = decimal(form.contingency(), "contingency", "The contingency", errors);
    if (errors.any()) {
      return list(model, form, errors);
    }
    Map<String, String> growthByYear = new LinkedHashMap<>();
    Map<String, String> inflationByYear = new LinkedHashMap<>();
    int count = years == null ? 5 : years;
    if (count >= 1 && count <= ForecastInput.MAX_YEARS) {
      for (int y = firstYear; y < firstYear + count; y++) {
        if (growth != null) {
          growthByYear.put(
              Integer.toString(y), BigDecimal.ONE.add(growth.movePointLeft(2)).toPlainString());
        }
        if (inflation != null) {
          inflationByYear.put(
              Integer.toString(y), BigDecimal.ONE.add(inflation.movePointLeft(2)).toPlainString());
        }
      }
    }
    ForecastRequest request =
        new ForecastRequest(
            form.title(),
            new ForecastRequest.Columns(
                form.monthColumn(),
                form.groupColumn(),
                form.peopleColumn(),
                form.costColumn(),
                form.costBasis()),
            firstYear,
            years,
            confidence,
            growthByYear,
            inflationByYear,
            form.caseload(),
            null,
            new ForecastRequest.Move(form.from(), form.to(), form.amount(), form.percent()),
            null,
            candidate(form, price),
            envelope(budget, change, held, firstYear, count));
    try {
      ForecastJob job =
          jobs.submit(
              request,
              new String(history.getBytes(), StandardCharsets.UTF_8).replace("\uFEFF", ""),
              transitions == null || transitions.isEmpty()
                  ? null
                  : new String(transitions.getBytes(), StandardCharsets.UTF_8),
              who.getName());
      return "redirect:/web/forecasts/" + job.id();
    } catch (InvalidRequestException e) {
      for (FieldError f : e.errors()) {
        errors.add(pageField(f.field()), sentence(f.field(), f.problem()));
      }
    } catch (ForecastInput.NotReadException e) {
      StringBuilder s = new StringBuilder();
      String field = "history";
      for (FieldError f : e.problems.subList(0, Math.min(5, e.problems.size()))) {
        if (f.field().startsWith("transitions")) {
          field = field.equals("history") && s.isEmpty() ? "transitions" : field;
        }
        s.append(s.isEmpty() ? "" : "; ")
            .append(capital(f.field()))
            .append(": ")
            .append(f.problem());
      }
      if (e.count > 5) {
        s.append("; and ").append(e.count - 5).append(" more");
      }
      errors.add(
          field,
          (field.equals("history")
                  ? "The history could not be read. "
                  : "The young people could not be read. ")
              + s);
    } catch (CaseloadNotFoundException e) {
      errors.add("caseload", "The caseload chosen is no longer kept: choose another");
    }
    return list(model, form, errors);
  }

  /** The second policy in the engine's words: an override of the price per point, a pin. */
  private static ForecastRequest.Choice candidate(Form form, BigDecimal price) {
    if (!form.comparing()) {
      return null;
    }
    List<String> overrides = new ArrayList<>();
    if (price != null) {
      String factor =
          BigDecimal.ONE.add(price.movePointLeft(2)).stripTrailingZeros().toPlainString();
      overrides.add(
          "ras:pricePerPoint*"
              + factor
              + (blank(form.priceGroup()) ? "" : "@psr=" + form.priceGroup().trim()));
    }
    Map<String, String> pins = new LinkedHashMap<>();
    if (!blank(form.candidateVersion()) && form.candidateVersion().contains("=")) {
      String[] pin = form.candidateVersion().split("=", 2);
      pins.put(pin[0], pin[1]);
    }
    String label = blank(form.candidateLabel()) ? null : form.candidateLabel().trim();
    if (label == null) {
      List<String> words = new ArrayList<>();
      if (price != null) {
        words.add(
            (price.signum() >= 0 ? "+" : "")
                + price.stripTrailingZeros().toPlainString()
                + "% price per point"
                + (blank(form.priceGroup())
                    ? ""
                    : " for " + Formats.clientGroup(form.priceGroup().trim())));
      }
      pins.forEach((a, v) -> words.add(Formats.area(a) + " version " + v));
      label = String.join(", ", words);
    }
    return new ForecastRequest.Choice(label, pins, overrides);
  }

  /** The budget each year: the first year's, changed by a percentage each later year. */
  private static ForecastRequest.Envelope envelope(
      BigDecimal budget, BigDecimal change, BigDecimal held, int firstYear, int years) {
    if (budget == null) {
      return null;
    }
    Map<String, String> targets = new LinkedHashMap<>();
    BigDecimal target = budget;
    for (int y = firstYear;
        y < firstYear + Math.max(1, Math.min(years, ForecastInput.MAX_YEARS));
        y++) {
      // Each later year's budget is rounded to the penny, half up, before the next is worked out.
      targets.put(
          Integer.toString(y), target.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
      if (change != null) {
        target =
            target
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .multiply(BigDecimal.ONE.add(change.movePointLeft(2)));
      }
    }
    return new ForecastRequest.Envelope(
        targets, held == null ? null : held.movePointLeft(2).toPlainString(), null, null);
  }

  private static Integer whole(String v, String field, String what, PageErrors errors) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      errors.add(field, what + " must be a whole number, like 2027");
      return null;
    }
  }

  private static BigDecimal decimal(String v, String field, String what, PageErrors errors) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(v.trim().replace("%", ""));
    } catch (NumberFormatException e) {
      errors.add(field, what + " must be a number, like 2 or 2.5");
      return null;
    }
  }

  private static String pageField(String field) {
    if (field.startsWith("populationGrowth")) {
      return "growth";
    }
    if (field.startsWith("inflation")) {
      return "inflation";
    }
    if (field.startsWith("columns.costBasis")) {
      return "costBasis";
    }
    if (field.startsWith("realignment.from")) {
      return "from";
    }
    if (field.startsWith("realignment.to")) {
      return "to";
    }
    if (field.startsWith("realignment")) {
      return "amount";
    }
    if (field.equals("referenceCaseload")) {
      return "caseload";
    }
    if (field.startsWith("candidate.pins")) {
      return "candidateVersion";
    }
    if (field.startsWith("candidate.label")) {
      return "candidateLabel";
    }
    if (field.startsWith("candidate")) {
      return "pricePercent";
    }
    if (field.startsWith("envelope.contingency")) {
      return "contingency";
    }
    if (field.startsWith("envelope")) {
      return "envelopeAmount";
    }
    return field.startsWith("request.") ? field.substring(8) : field;
  }

  private static String sentence(String field, String problem) {
    String what =
        switch (pageField(field)) {
          case "firstYear" -> "The first year";
          case "years" -> "The number of years";
          case "confidence" -> "The likely range";
          case "growth" -> "Population growth";
          case "inflation" -> "Price inflation";
          case "from" -> "The group giving budget";
          case "to" -> "The group receiving budget";
          case "amount" -> "The budget to move";
          case "costBasis" -> "Whether the cost is for a week or a month";
          case "pricePercent" -> "The second policy";
          case "candidateVersion" -> "The version for the second policy";
          case "candidateLabel" -> "The second policy's name";
          case "envelopeAmount" -> "The budget";
          case "contingency" -> "The contingency";
          default -> capital(field);
        };
    if (field.equals("confidence")) {
      return "The likely range must be at least 50 and below 100 in 100";
    }
    if (field.startsWith("populationGrowth") || field.startsWith("inflation")) {
      return what + " must be above −100% and at most 900% a year";
    }
    return what + " " + problem;
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  @GetMapping("/{id}")
  String show(
      @PathVariable String id,
      @RequestParam(name = "refresh", required = false) String refresh,
      Model model) {
    ForecastJob job = jobs.get(id);
    model.addAttribute("job", job);
    model.addAttribute("title", title(job));
    if (job.state() == ForecastJob.State.DONE) {
      model.addAttribute("report", ForecastView.of(jobs.reportJson(id)));
      return "web/forecast-report";
    }
    model.addAttribute("running", !job.state().finished());
    model.addAttribute("automatic", !"off".equals(refresh));
    model.addAttribute("refreshSeconds", REFRESH_SECONDS);
    return "web/forecast-progress";
  }

  static String title(ForecastJob job) {
    return job.title() != null
        ? job.title()
        : "Forecast from "
            + ForecastView.yearLabel(job.firstYear())
            + " for "
            + job.years()
            + (job.years() == 1 ? " year" : " years");
  }

  /** A report not ready yet: back to the progress page. */
  private ResponseEntity<String> notYet(String id) {
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .header(HttpHeaders.LOCATION, "/web/forecasts/" + id)
        .build();
  }

  @GetMapping("/{id}/forecast.csv")
  ResponseEntity<String> csv(@PathVariable String id) {
    if (jobs.get(id).state() != ForecastJob.State.DONE) {
      return notYet(id);
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"forecast-" + id + ".csv\"")
        .body(jobs.reportCsv(id));
  }

  @GetMapping("/{id}/forecast-comparison.csv")
  ResponseEntity<String> comparisonCsv(@PathVariable String id) {
    if (jobs.get(id).state() != ForecastJob.State.DONE) {
      return notYet(id);
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"forecast-comparison-" + id + ".csv\"")
        .body(jobs.comparisonCsv(id));
  }

  @GetMapping("/{id}/forecast-envelopes.csv")
  ResponseEntity<String> envelopesCsv(@PathVariable String id) {
    if (jobs.get(id).state() != ForecastJob.State.DONE) {
      return notYet(id);
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"forecast-envelopes-" + id + ".csv\"")
        .body(jobs.envelopesCsv(id));
  }

  @GetMapping("/{id}/forecast.json")
  ResponseEntity<String> json(@PathVariable String id) {
    if (jobs.get(id).state() != ForecastJob.State.DONE) {
      return notYet(id);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"forecast-" + id + ".json\"")
        .body(jobs.reportJson(id));
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable String id, Authentication who, RedirectAttributes next) {
    ForecastJob job = jobs.get(id);
    jobs.delete(id, who.getName());
    next.addFlashAttribute("deleted", title(job));
    return "redirect:/web/forecasts";
  }

  @ExceptionHandler(ForecastNotFoundException.class)
  ModelAndView notFound() {
    ModelAndView page = new ModelAndView("web/finance-not-found");
    page.addObject("what", "forecast");
    page.setStatus(HttpStatus.NOT_FOUND);
    return page;
  }

  /** Money as the pages write it, for the template. */
  static String money(Object v) {
    return Formats.money(v);
  }
}
