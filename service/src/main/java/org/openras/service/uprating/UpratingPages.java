package org.openras.service.uprating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openras.engine.request.FieldError;
import org.openras.engine.request.InvalidRequestException;
import org.openras.engine.uprating.FigureChange;
import org.openras.engine.uprating.Uprating;
import org.openras.engine.uprating.UpratingFigure;
import org.openras.service.publication.Publications;
import org.openras.service.ruleset.RuleSetNotFoundException;
import org.openras.service.uprating.UpratingDraftTable.StoredDraft;
import org.openras.service.web.DateInput;
import org.openras.service.web.FigureWords;
import org.openras.service.web.PageErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The April uprating on the policy pages: "Start next year's figures" from a version's page, then
 * the figures page, where the officer enters the circular's values and sees each change in pounds
 * and per cent with flags; the draft is then validated, tested, compared and published from its
 * version page as any other.
 */
@Controller
@RequestMapping("/web/policy/{area}/{version}")
class UpratingPages {
  private static final String FIGURES = "web/policy-figures";
  static final java.time.format.DateTimeFormatter LONG_DATE =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);
  private final Upratings upratings;
  private final Publications publications;

  UpratingPages(Upratings upratings, Publications publications) {
    this.upratings = upratings;
    this.publications = publications;
  }

  /** Starts next year's figures from this version; a problem is shown on the version's page. */
  @PostMapping("/uprating")
  String start(
      @PathVariable String area,
      @PathVariable String version,
      @RequestParam(name = "effectiveFrom.day", required = false) String day,
      @RequestParam(name = "effectiveFrom.month", required = false) String month,
      @RequestParam(name = "effectiveFrom.year", required = false) String year,
      Authentication who,
      RedirectAttributes done) {
    String name = area.replace('~', '/');
    PageErrors errors = new PageErrors();
    var from =
        new DateInput(day, month, year)
            .read("effectiveFrom", "the first day of next year's version", errors);
    StoredDraft s = null;
    if (from != null) {
      try {
        s = upratings.start(name, version, null, from.toString(), who.getName());
      } catch (InvalidRequestException e) {
        e.errors().forEach(f -> errors.add("effectiveFrom", "The first day " + f.problem()));
      } catch (UpratingConflictException e) {
        errors.add("effectiveFrom", e.getMessage());
      }
    }
    if (s == null) {
      done.addFlashAttribute("errors", errors);
      return "redirect:/web/policy/{area}/{version}#uprating";
    }
    done.addFlashAttribute(
        "done", "Next year's figures are started as " + name + " " + s.draft().version());
    return "redirect:/web/policy/" + area + "/" + s.draft().version() + "/figures";
  }

  @GetMapping("/figures")
  String figures(
      @PathVariable String area,
      @PathVariable String version,
      @RequestParam(required = false) String threshold,
      Model model) {
    PageErrors errors = new PageErrors();
    BigDecimal limit = threshold(threshold, errors);
    return show(
        area, upratings.find(area.replace('~', '/'), version), limit, Map.of(), errors, model);
  }

  /** Saves the circular and every figure; every bad field is shown at once and nothing saved. */
  @PostMapping("/figures")
  String save(
      @PathVariable String area,
      @PathVariable String version,
      @RequestParam MultiValueMap<String, String> form,
      Authentication who,
      Model model,
      RedirectAttributes done) {
    String name = area.replace('~', '/');
    StoredDraft s = upratings.find(name, version);
    PageErrors errors = new PageErrors();
    BigDecimal limit = threshold(form.getFirst("threshold"), errors);
    List<Uprating.Entry> entries = new ArrayList<>();
    Map<String, String> entered = new LinkedHashMap<>();
    for (UpratingFigure f : s.draft().figures()) {
      String id = f.id();
      String value = form.getFirst("value." + id);
      entered.put("value." + id, value == null ? "" : value);
      entered.put("marker." + id, nonNull(form.getFirst("marker." + id)));
      entered.put("note." + id, nonNull(form.getFirst("note." + id)));
      boolean carry = form.containsKey("carry." + id);
      entered.put("carry." + id, String.valueOf(carry));
      entries.add(
          new Uprating.Entry(
              id, value, form.getFirst("marker." + id), form.getFirst("note." + id), carry));
    }
    entered.put("circularTitle", nonNull(form.getFirst("circularTitle")));
    entered.put("circularUrl", nonNull(form.getFirst("circularUrl")));
    if (!errors.any()) {
      try {
        upratings.enter(
            name,
            version,
            form.getFirst("circularTitle"),
            form.getFirst("circularUrl"),
            entries,
            who.getName());
      } catch (InvalidRequestException e) {
        e.errors().forEach(f -> errors.add(fieldId(f.field()), sentence(s, f)));
      } catch (UpratingConflictException e) {
        errors.add("save", e.getMessage());
      }
    }
    if (errors.any()) {
      return show(area, s, limit, entered, errors, model);
    }
    done.addFlashAttribute("done", "The figures are saved");
    return "redirect:/web/policy/{area}/{version}/figures"
        + (form.getFirst("threshold") == null || form.getFirst("threshold").isBlank()
            ? ""
            : "?threshold=" + limit.toPlainString());
  }

  private String show(
      String area,
      StoredDraft s,
      BigDecimal threshold,
      Map<String, String> entered,
      PageErrors errors,
      Model model) {
    var d = s.draft();
    List<FigureChange> changes = FigureChange.of(d, threshold);
    model.addAttribute("area", d.area());
    model.addAttribute("pathName", area.replace('/', '~'));
    model.addAttribute("version", d.version());
    model.addAttribute("stored", s);
    model.addAttribute("draft", d);
    model.addAttribute("changes", changes);
    model.addAttribute("threshold", threshold.toPlainString());
    model.addAttribute("entered", entered);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "pageTitle",
        (errors.any() ? "Error: " : "") + "Next year's figures, " + d.area() + " " + d.version());
    model.addAttribute("state", publications.state(d.area(), d.version()).state().name());
    model.addAttribute("counts", Counts.of(changes));
    Map<String, String> names = new LinkedHashMap<>();
    d.figures().forEach(f -> names.put(f.id(), FigureWords.of(f)));
    model.addAttribute("names", names);
    model.addAttribute("startsOn", LONG_DATE.format(d.effectiveFrom()));
    return FIGURES;
  }

  /** The counts of the summary of changes. */
  record Counts(int figures, int entered, int carried, int unchanged, int missing, int over) {
    static Counts of(List<FigureChange> changes) {
      return new Counts(
          changes.size(),
          (int) changes.stream().filter(c -> c.figure().value() != null).count(),
          (int) changes.stream().filter(c -> c.figure().carried()).count(),
          (int) changes.stream().filter(c -> c.flagged(FigureChange.Flag.UNCHANGED)).count(),
          (int) changes.stream().filter(c -> c.flagged(FigureChange.Flag.MISSING)).count(),
          (int) changes.stream().filter(c -> c.flagged(FigureChange.Flag.OVER_THRESHOLD)).count());
    }
  }

  /** The page's id for a field the engine names: {@code figures[a.B].value} is value.a.B. */
  static String fieldId(String field) {
    if (field == null) {
      return "save";
    }
    if (field.startsWith("circular.")) {
      return field.equals("circular.url") ? "circularUrl" : "circularTitle";
    }
    int open = field.indexOf('[');
    int close = field.indexOf(']');
    if (open < 0 || close < open) {
      return "save";
    }
    String id = field.substring(open + 1, close);
    String part = close + 2 <= field.length() ? field.substring(close + 2) : "value";
    return (part.isEmpty() || part.equals("id") ? "value" : part) + "." + id;
  }

  private static String sentence(StoredDraft s, FieldError f) {
    if (f.field() != null && f.field().startsWith("circular.")) {
      return (f.field().equals("circular.url")
              ? "The circular's web address "
              : "The circular's title ")
          + f.problem();
    }
    String id = fieldId(f.field());
    String figureId = id.substring(id.indexOf('.') + 1);
    String what =
        s.draft().figures().stream()
            .filter(x -> x.id().equals(figureId))
            .map(FigureWords::of)
            .findFirst()
            .orElse(figureId);
    String part =
        switch (id.substring(0, id.indexOf('.'))) {
          case "marker" -> "The marker of ";
          case "note" -> "The note of ";
          case "carry" -> "";
          default -> "";
        };
    return part + what + ": " + f.problem();
  }

  private static BigDecimal threshold(String text, PageErrors errors) {
    if (text == null || text.isBlank()) {
      return FigureChange.DEFAULT_THRESHOLD;
    }
    try {
      BigDecimal t = new BigDecimal(text.strip().replace("%", ""));
      if (t.signum() >= 0 && t.compareTo(BigDecimal.valueOf(1000)) <= 0) {
        return t;
      }
    } catch (NumberFormatException e) {
      // told below
    }
    errors.add("threshold", "Enter the threshold as a percentage from 0 to 1000, such as 10");
    return FigureChange.DEFAULT_THRESHOLD;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  /** No such draft or version: the GOV.UK "page not found" page, naming what is known. */
  @ExceptionHandler({UpratingNotFoundException.class, RuleSetNotFoundException.class})
  ModelAndView notFound(RuntimeException e) {
    return new ModelAndView(
        "web/policy-not-found", Map.of("problem", e.getMessage()), HttpStatus.NOT_FOUND);
  }
}
