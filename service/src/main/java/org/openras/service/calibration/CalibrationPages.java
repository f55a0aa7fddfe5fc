package org.openras.service.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openras.engine.calibration.CalibrationException;
import org.openras.engine.calibration.CalibrationFiles;
import org.openras.engine.calibration.CalibrationReport;
import org.openras.engine.calibration.CalibrationSvg;
import org.openras.engine.calibration.FitResult;
import org.openras.engine.request.InvalidRequestException;
import org.openras.service.scenario.CaseloadForm;
import org.openras.service.scenario.CaseloadNotFoundException;
import org.openras.service.scenario.CaseloadStore;
import org.openras.service.scenario.CsvCaseloads;
import org.openras.service.scenario.ScenarioRequest;
import org.openras.service.web.Downloads;
import org.openras.service.web.Formats;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The finance officer's calibration pages: fit the price per point to a generated or uploaded
 * cohort (the scenario package's caseload choice, {@link
 * org.openras.service.scenario.CaseloadForm}) and read the fit report with the engine's charts.
 * Everything goes through the same services as the API ({@link Calibrations}, {@link
 * CaseloadStore}).
 */
@Controller
@RequestMapping("/web/finance")
class CalibrationPages {
  /** People listed by name on the fit report; residuals.csv has every one. */
  static final int LISTED = 100;

  /** A calibration's files by the API's names for them. */
  private static final Map<String, String> CALIBRATION_FILES =
      Map.of(
          "json", "calibration.json",
          "html", "calibration.html",
          "residuals", "residuals.csv",
          "problems", "problems.csv");

  private final Calibrations calibrations;
  private final CaseloadStore caseloads;
  private final CsvCaseloads csvCaseloads;

  CalibrationPages(Calibrations calibrations, CaseloadStore caseloads, CsvCaseloads csvCaseloads) {
    this.calibrations = calibrations;
    this.caseloads = caseloads;
    this.csvCaseloads = csvCaseloads;
  }

  @GetMapping("/calibrations/new")
  String calibrationForm(
      @RequestParam(name = "caseload", required = false) String caseload, Model model) {
    CalibrationForm form = new CalibrationForm();
    form.useKept(caseload);
    return calibrationForm(model, form, new PageErrors());
  }

  @PostMapping("/calibrations")
  String calibrate(
      @ModelAttribute("form") CalibrationForm form,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "mapping", required = false) MultipartFile mapping,
      Model model,
      Authentication who,
      RedirectAttributes next)
      throws IOException {
    PageErrors errors = new PageErrors();
    ScenarioRequest.CaseloadChoice cohort =
        form.choose(file, mapping, caseloads, csvCaseloads, errors);
    String cohortId = null;
    if (cohort != null && !errors.any()) {
      cohortId = cohort.id() != null ? cohort.id() : generate(cohort.generate()).id();
    }
    CalibrationRequest request = form.toRequest(cohortId, errors);
    if (request != null) {
      try {
        CalibrationSummary summary = calibrations.run(request, who.getName());
        next.addFlashAttribute("summary", summary);
        return "redirect:/web/finance/calibrations/" + summary.id();
      } catch (InvalidRequestException e) {
        e.errors()
            .forEach(
                f -> errors.add(calibrationField(f.field()), sentence(f.field(), f.problem())));
      } catch (CalibrationException e) {
        errors.add(CalibrationForm.fieldOf(e.getMessage()), e.getMessage());
      }
    }
    return calibrationForm(model, form, errors);
  }

  private CaseloadStore.Caseload generate(ScenarioRequest.Generate g) throws IOException {
    CaseloadStore.Caseload made =
        caseloads.generate(g.people(), g.seed(), Boolean.TRUE.equals(g.finances()));
    caseloads.name(made.id(), CaseloadStore.generatedName(g.people(), g.seed(), g.finances()));
    return made;
  }

  private static String calibrationField(String field) {
    return field == null || field.equals("cohortId") ? "source" : field;
  }

  private static String sentence(String field, String problem) {
    String name =
        switch (calibrationField(field)) {
          case "method" -> "Method";
          case "budget" -> "Weekly budget";
          case "contingency" -> "Contingency";
          default -> "Cohort";
        };
    return name + " " + problem;
  }

  private String calibrationForm(Model model, CalibrationForm form, PageErrors errors) {
    model.addAttribute("keptCaseloads", CaseloadForm.choices(caseloads));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "web/finance-calibration";
  }

  @GetMapping("/calibrations/{id}")
  String fit(@PathVariable String id, Model model) throws IOException {
    Path json = calibrations.report(id, "calibration.json");
    CalibrationReport r = CalibrationFiles.read(Files.readString(json));
    model.addAttribute("id", json.getParent().getFileName().toString());
    model.addAttribute("report", r);
    List<FitResult> fits = new ArrayList<>(List.of(r.overall()));
    fits.addAll(r.groups());
    model.addAttribute("fits", fits);
    model.addAttribute("listed", r.people().stream().limit(LISTED).toList());
    model.addAttribute("scatterChart", CalibrationSvg.scatter(r.people()));
    model.addAttribute(
        "residualsChart",
        CalibrationSvg.residualsByGroup(
            r.people().stream()
                .collect(
                    Collectors.groupingBy(
                        p -> Formats.clientGroup(p.primarySupportReason()),
                        TreeMap::new,
                        Collectors.toList()))));
    return "web/finance-fit";
  }

  @GetMapping("/calibrations/{id}/download/{format}")
  ResponseEntity<Resource> calibrationFile(@PathVariable String id, @PathVariable String format) {
    String name = CALIBRATION_FILES.get(format);
    if (name == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    Path path = calibrations.report(id, name);
    return Downloads.attachment(path, "calibration-" + path.getParent().getFileName() + "-" + name);
  }

  /** An unknown calibration or caseload: GOV.UK's "Page not found", never a trace. */
  @ExceptionHandler({
    CalibrationNotFoundException.class,
    CaseloadNotFoundException.class,
    ResponseStatusException.class
  })
  ModelAndView notFound() {
    ModelAndView page = new ModelAndView("web/finance-not-found");
    page.setStatus(HttpStatus.NOT_FOUND);
    return page;
  }
}
