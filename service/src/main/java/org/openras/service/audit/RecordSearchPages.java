package org.openras.service.audit;

import org.openras.service.web.PageErrors;
import org.openras.service.web.SearchForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The auditor's search of the audit trail (issue 21): records by person reference, by the days they
 * were made and by the user who made them, newest first, a page at a time, each linking to its
 * record page ({@code /web/audit?id=}) where it is replayed, proved and verified.
 */
@Controller
class RecordSearchPages {
  static final String BASE = "/web/audit/records";
  private final RecordSearch records;

  RecordSearchPages(RecordSearch records) {
    this.records = records;
  }

  /** A record as the list shows it. */
  record Row(String id, long sequence, String personRef, String recorded, String actor) {}

  @GetMapping(BASE)
  String search(@ModelAttribute("search") SearchForm search, Model model) {
    PageErrors errors = new PageErrors();
    model.addAttribute("errors", errors);
    model.addAttribute("base", BASE);
    SearchForm.Read read = search.read(errors);
    if (read != null) {
      RecordSearch.Page page =
          records.find(
              new RecordSearch.Criteria(
                  read.person(),
                  read.from(),
                  read.to(),
                  read.user(),
                  read.page(),
                  SearchForm.PAGE_SIZE));
      model.addAttribute("page", page);
      model.addAttribute(
          "rows",
          page.items().stream()
              .map(
                  r ->
                      new Row(
                          r.id().toString(),
                          r.sequence(),
                          r.personRef(),
                          SearchForm.when(r.recordedAt()),
                          r.actor()))
              .toList());
    }
    return "web/audit-records";
  }
}
