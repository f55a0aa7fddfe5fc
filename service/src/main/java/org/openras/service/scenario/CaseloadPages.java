package org.openras.service.scenario;

import java.util.List;
import org.openras.service.web.SearchForm;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The finance officer's kept caseloads (issue 21): name, lines, when and by whom each was kept and
 * when it will be deleted, with links to use one on the scenario, envelope and calibration forms,
 * and to delete one (it holds personal data) after a confirmation. A deletion is logged by {@link
 * CaseloadStore#delete} with the caseload's hash and who asked (docs/adr/0024).
 */
@Controller
@RequestMapping("/web/finance/caseloads")
class CaseloadPages {
  static final int SHOWN = 200;
  private final CaseloadStore caseloads;

  CaseloadPages(CaseloadStore caseloads) {
    this.caseloads = caseloads;
  }

  /** A caseload as the list shows it. */
  record Row(String id, String name, long lines, String kept, String keptBy, String expires) {}

  @GetMapping
  String list(Model model) {
    List<Row> rows = caseloads.list(SHOWN).stream().map(CaseloadPages::row).toList();
    model.addAttribute("rows", rows);
    model.addAttribute("retentionDays", caseloads.retention().toDays());
    return "web/finance-caseloads";
  }

  @GetMapping("/{id}/delete")
  String confirm(@PathVariable String id, Model model) {
    caseloads.describe(id); // CaseloadNotFoundException: the finance "not found" page
    model.addAttribute(
        "row",
        caseloads.list(Integer.MAX_VALUE).stream()
            .filter(k -> k.id().equals(id))
            .map(CaseloadPages::row)
            .findFirst()
            .orElseThrow(() -> new CaseloadNotFoundException(id)));
    return "web/finance-caseload-delete";
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable String id, Authentication who) {
    caseloads.delete(id, who.getName());
    return "redirect:/web/finance/caseloads?deleted";
  }

  /** An unknown caseload: GOV.UK's "Page not found", never a trace. */
  @org.springframework.web.bind.annotation.ExceptionHandler(CaseloadNotFoundException.class)
  org.springframework.web.servlet.ModelAndView notFound() {
    var page = new org.springframework.web.servlet.ModelAndView("web/finance-not-found");
    page.setStatus(org.springframework.http.HttpStatus.NOT_FOUND);
    return page;
  }

  private static Row row(CaseloadStore.KeptCaseload k) {
    return new Row(
        k.id(),
        k.name() == null ? "Caseload " + k.id().substring(0, 8) : k.name(),
        k.lines(),
        SearchForm.when(k.keptAt()),
        k.keptBy(),
        SearchForm.when(k.expiresAt()));
  }
}
