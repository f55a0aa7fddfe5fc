package org.openras.service.calculation;

import java.util.List;
import org.openras.service.audit.RecordSearch;
import org.openras.service.web.PageErrors;
import org.openras.service.web.SearchForm;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The assessor's own work (issue 21): their saved drafts, to continue, and the calculations they
 * made, newest first, a page at a time; both searchable by person reference and by day. A
 * calculation is the assessor's when its audit record names them ({@link RecordSearch}, by their
 * stable subject); a draft when they saved it ({@link DraftStore}).
 */
@Controller
class AssessorWorkPages {
  static final String BASE = "/web/assessments";
  private final RecordSearch records;
  private final DraftStore drafts;

  AssessorWorkPages(RecordSearch records, DraftStore drafts) {
    this.records = records;
    this.drafts = drafts;
  }

  /** A draft as the list shows it. */
  record DraftRow(String id, String personRef, String saved, String expires) {}

  /** A calculation as the list shows it. */
  record CalculationRow(String id, String personRef, String recorded) {}

  @GetMapping(BASE)
  String list(@ModelAttribute("search") SearchForm search, Model model, Authentication who) {
    PageErrors errors = new PageErrors();
    model.addAttribute("errors", errors);
    model.addAttribute("retentionDays", drafts.retention().toDays());
    SearchForm.Read read = search.read(errors);
    if (read == null) {
      model.addAttribute("draftRows", List.of());
      return "web/assessments";
    }
    String me = who.getName();
    model.addAttribute(
        "draftRows",
        drafts.list(me, read.person(), read.from(), read.to()).stream()
            .map(
                d ->
                    new DraftRow(
                        d.id().toString(),
                        d.personRef() == null ? "(none yet)" : d.personRef(),
                        SearchForm.when(d.updatedAt()),
                        SearchForm.when(d.expiresAt())))
            .toList());
    RecordSearch.Page page =
        records.find(
            new RecordSearch.Criteria(
                read.person(), read.from(), read.to(), me, read.page(), SearchForm.PAGE_SIZE));
    model.addAttribute("page", page);
    model.addAttribute(
        "calculationRows",
        page.items().stream()
            .map(
                r ->
                    new CalculationRow(
                        r.id().toString(), r.personRef(), SearchForm.when(r.recordedAt())))
            .toList());
    model.addAttribute("base", BASE);
    return "web/assessments";
  }
}
