package org.openras.service.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.catalogue.RuleSetVersion;
import org.openras.engine.envelope.EnvelopeFiles;
import org.openras.engine.envelope.EnvelopeReport;
import org.openras.engine.envelope.EnvelopeSpec;
import org.openras.engine.json.Json;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.scenario.ScenarioOutputs;
import org.openras.engine.scenario.ScenarioReport;
import org.openras.engine.scenario.SvgCharts;
import org.openras.service.web.Downloads;
import org.openras.service.web.PageErrors;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The finance officer's scenario pages: run a scenario or a budget envelope on a generated or
 * uploaded caseload (JSON Lines, or a council's CSV export with its column-mapping file), follow it
 * on a progress page that refreshes itself without JavaScript, read its report with charts and
 * download its files. Everything goes through the same services as the API ({@link Scenarios},
 * {@link CaseloadStore}); the charts are the engine's own, each with a table of the same figures.
 * The calibration pages under the same {@code /web/finance} are the calibration package's.
 */
@Controller
@RequestMapping("/web/finance")
class ScenarioPages {
  /** How often a running scenario's progress page reloads itself, in seconds. */
  static final int REFRESH_SECONDS = 2;

  /** A scenario's files by the API's names for them ({@code ?format=}). */
  private static final Map<String, String> SCENARIO_FILES =
      Map.of(
          "csv", ScenarioOutputs.PEOPLE,
          "problems", ScenarioOutputs.PROBLEMS,
          "html", ScenarioOutputs.HTML,
          "json", ScenarioOutputs.JSON,
          "envelope", EnvelopeFiles.JSON,
          "envelope-html", EnvelopeFiles.HTML);

  private final Scenarios scenarios;
  private final CaseloadStore caseloads;
  private final CsvCaseloads csvCaseloads;
  private final OpenRasEngine engine;

  ScenarioPages(
      Scenarios scenarios,
      CaseloadStore caseloads,
      CsvCaseloads csvCaseloads,
      OpenRasEngine engine) {
    this.scenarios = scenarios;
    this.caseloads = caseloads;
    this.csvCaseloads = csvCaseloads;
    this.engine = engine;
  }

  @GetMapping("/scenarios/new")
  String scenarioForm(
      @RequestParam(name = "caseload", required = false) String caseload, Model model) {
    ScenarioForm form = new ScenarioForm();
    form.setRefresh("yes");
    form.useKept(caseload);
    return scenarioForm(model, form, new PageErrors());
  }

  @PostMapping("/scenarios")
  String startScenario(
      @ModelAttribute("form") ScenarioForm form,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "mapping", required = false) MultipartFile mapping,
      Model model,
      Authentication who)
      throws IOException {
    PageErrors errors = new PageErrors();
    String started =
        start(
            form,
            form.getRefresh() != null,
            file,
            mapping,
            who,
            errors,
            (caseload, e) -> form.toRequest(caseload, engine.catalogue(), e),
            ScenarioForm::fieldOf);
    return started != null ? started : scenarioForm(model, form, errors);
  }

  /**
   * Starts a scenario or budget-envelope job from its form: the redirect to its progress page, or
   * null when {@code errors} gained an entry (the form's own, or the request's checks put on the
   * field they name by {@code fieldOf}).
   */
  private String start(
      CaseloadForm form,
      boolean refresh,
      MultipartFile file,
      MultipartFile mapping,
      Authentication who,
      PageErrors errors,
      BiFunction<ScenarioRequest.CaseloadChoice, PageErrors, ScenarioRequest> toRequest,
      BiConsumer<FieldError, PageErrors> fieldOf)
      throws IOException {
    ScenarioRequest.CaseloadChoice caseload =
        form.choose(file, mapping, caseloads, csvCaseloads, errors);
    ScenarioRequest request = toRequest.apply(caseload, errors);
    if (request != null) {
      try {
        ScenarioStatus started = scenarios.start(request, who.getName());
        return "redirect:/web/finance/scenarios/" + started.id() + (refresh ? "" : "?refresh=off");
      } catch (InvalidRequestException e) {
        e.errors().forEach(f -> fieldOf.accept(f, errors));
      }
    }
    return null;
  }

  private String scenarioForm(Model model, ScenarioForm form, PageErrors errors) {
    Map<String, List<String>> versions = new TreeMap<>();
    for (RuleSetVersion v : engine.catalogue().all()) {
      versions.computeIfAbsent(v.area(), a -> new ArrayList<>()).add(v.version());
    }
    Map<String, String> pinIds = new LinkedHashMap<>();
    versions.keySet().forEach(a -> pinIds.put(a, ScenarioForm.pinId("", a)));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("versions", versions);
    model.addAttribute("pinIds", pinIds);
    model.addAttribute("keptCaseloads", CaseloadForm.choices(caseloads));
    return "web/finance-scenario";
  }

  @GetMapping("/envelopes/new")
  String envelopeForm(
      @RequestParam(name = "caseload", required = false) String caseload, Model model) {
    EnvelopeForm form = new EnvelopeForm();
    form.setRefresh("yes");
    form.useKept(caseload);
    return envelopeForm(model, form, new PageErrors());
  }

  /** A budget envelope runs as a scenario job: the same progress page, its own report. */
  @PostMapping("/envelopes")
  String startEnvelope(
      @ModelAttribute("form") EnvelopeForm form,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "mapping", required = false) MultipartFile mapping,
      Model model,
      Authentication who)
      throws IOException {
    PageErrors errors = new PageErrors();
    String started =
        start(
            form,
            form.getRefresh() != null,
            file,
            mapping,
            who,
            errors,
            form::toRequest,
            EnvelopeForm::fieldOf);
    return started != null ? started : envelopeForm(model, form, errors);
  }

  private String envelopeForm(Model model, EnvelopeForm form, PageErrors errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("defaultLowest", EnvelopeSpec.DEFAULT_LOWEST);
    model.addAttribute("defaultHighest", EnvelopeSpec.DEFAULT_HIGHEST);
    model.addAttribute("keptCaseloads", CaseloadForm.choices(caseloads));
    return "web/finance-envelope";
  }

  @GetMapping("/scenarios/{id}")
  String progress(
      @PathVariable String id, @RequestParam(required = false) String refresh, Model model) {
    ScenarioStatus status = scenarios.status(id);
    boolean running = status.state().equals("QUEUED") || status.state().equals("RUNNING");
    boolean automatic = running && !"off".equals(refresh);
    model.addAttribute("status", status);
    model.addAttribute("running", running);
    model.addAttribute("automatic", automatic);
    if (automatic) {
      model.addAttribute("refreshSeconds", REFRESH_SECONDS);
    }
    return "web/finance-progress";
  }

  @PostMapping("/scenarios/{id}/cancel")
  String cancel(@PathVariable String id) {
    ScenarioStatus status = scenarios.cancel(id);
    return "redirect:/web/finance/scenarios/" + status.id() + "?refresh=off";
  }

  /**
   * A finished job's report: a scenario's comparison, or a budget envelope's solution followed by
   * the comparison of factor 1 against the factor chosen (absent when no factor could be chosen).
   */
  @GetMapping("/scenarios/{id}/report")
  String report(@PathVariable String id, Model model) throws IOException {
    Path json;
    try {
      json = scenarios.report(id, ScenarioOutputs.JSON);
    } catch (ReportNotReadyException e) {
      return "redirect:/web/finance/scenarios/" + scenarios.status(id).id() + "?refresh=off";
    }
    Path envelope = json.resolveSibling(EnvelopeFiles.JSON);
    if (!Files.isRegularFile(json) && !Files.isRegularFile(envelope)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("id", json.getParent().getFileName().toString());
    EnvelopeReport e =
        Files.isRegularFile(envelope)
            ? Json.mapper().readValue(Files.readString(envelope), EnvelopeReport.class)
            : null;
    model.addAttribute("envelope", e);
    ScenarioReport r =
        Files.isRegularFile(json)
            ? Json.mapper().readValue(Files.readString(json), ScenarioReport.class)
            : null;
    model.addAttribute("report", r);
    if (r != null) {
      charts(r, model);
    }
    return "web/finance-report";
  }

  private static void charts(ScenarioReport r, Model model) {
    model.addAttribute(
        "bandsChart",
        SvgCharts.columns(
            "People by band of change in weekly net funding",
            r.bands().stream().map(ScenarioReport.BandRow::title).toList(),
            r.bands().stream().map(ScenarioReport.BandRow::people).toList(),
            "#00703c"));
    model.addAttribute(
        "changeChart",
        SvgCharts.columns(
            "People by weekly change in net council cost (pounds)",
            r.changeHistogram().stream().map(ScenarioReport.HistogramBin::label).toList(),
            r.changeHistogram().stream().map(ScenarioReport.HistogramBin::people).toList(),
            "#1d70b8"));
    model.addAttribute(
        "groupsChart",
        SvgCharts.pairedBars(
            "Weekly net cost by primary support reason, baseline and candidate",
            r.byPrimarySupportReason().stream().map(ScenarioReport.GroupRow::title).toList(),
            r.byPrimarySupportReason().stream()
                .map(ScenarioReport.GroupRow::baselineWeeklyNet)
                .toList(),
            r.byPrimarySupportReason().stream()
                .map(ScenarioReport.GroupRow::candidateWeeklyNet)
                .toList()));
  }

  /** A finished scenario's file; the address has no extension, so this page is HTML. */
  @GetMapping("/scenarios/{id}/download/{format}")
  ResponseEntity<Resource> scenarioFile(@PathVariable String id, @PathVariable String format) {
    String name = SCENARIO_FILES.get(format);
    if (name == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    Path path;
    try {
      path = scenarios.report(id, name);
    } catch (ReportNotReadyException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    if (!Files.isRegularFile(path)) {
      // A job without this file: an envelope with no factor has no comparison, a scenario no
      // envelope.
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return Downloads.attachment(path, "scenario-" + path.getParent().getFileName() + "-" + name);
  }

  /** An unknown scenario or caseload: GOV.UK's "Page not found", never a trace. */
  @ExceptionHandler({
    ScenarioNotFoundException.class,
    CaseloadNotFoundException.class,
    ResponseStatusException.class
  })
  ModelAndView notFound() {
    ModelAndView page = new ModelAndView("web/finance-not-found");
    page.setStatus(HttpStatus.NOT_FOUND);
    return page;
  }
}
