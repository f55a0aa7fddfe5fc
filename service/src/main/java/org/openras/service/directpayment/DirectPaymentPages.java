package org.openras.service.directpayment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.openras.engine.request.InvalidRequestException;
import org.openras.seeds.importer.ImportProblem;
import org.openras.service.calculation.PlainWords;
import org.openras.service.web.PageErrors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The finance officer's direct-payment pages (docs/adr/0029): import a month's statements, the
 * lists of accounts to look at, one statement with its explanation and the decision form, and the
 * letter. Everything goes through {@link DirectPayments}, as the API does.
 */
@Controller
@RequestMapping("/web/finance/direct-payments")
class DirectPaymentPages {
  private final DirectPayments payments;
  private final PlainWords words;

  DirectPaymentPages(DirectPayments payments, PlainWords words) {
    this.payments = payments;
    this.words = words;
  }

  @GetMapping
  String accounts(Model model) {
    return accounts(model, new PageErrors(), null);
  }

  @PostMapping("/import")
  String importStatements(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "mapping", required = false) MultipartFile mapping,
      Model model,
      Authentication who)
      throws IOException {
    PageErrors errors = new PageErrors();
    if (file == null || file.isEmpty()) {
      errors.add("file", "Choose the CSV export of account statements");
    }
    if (mapping == null || mapping.isEmpty()) {
      errors.add("mapping", "Choose the column mapping (YAML) for the export");
    }
    DirectPaymentViews.StatementImportReport report = null;
    if (!errors.any()) {
      try {
        report =
            payments.importCsv(
                new String(file.getBytes(), StandardCharsets.UTF_8),
                new String(mapping.getBytes(), StandardCharsets.UTF_8),
                who);
        if (!report.problems().isEmpty()) {
          errors.add(
              "file",
              report.problems().size()
                  + " line(s) of the export were not imported; the others were");
          for (ImportProblem p : report.problems()) {
            errors.addMore(
                "file", "Line " + p.line() + ", column " + p.column() + ": " + p.problem());
          }
        }
      } catch (InvalidRequestException e) {
        e.errors()
            .forEach(
                f ->
                    errors.add(
                        f.field().equals("csv") ? "file" : f.field(),
                        (f.field().equals("csv") ? "The export " : "The mapping ") + f.problem()));
      }
    }
    return accounts(model, errors, report);
  }

  private String accounts(
      Model model, PageErrors errors, DirectPaymentViews.StatementImportReport report) {
    model.addAttribute("errors", errors);
    model.addAttribute("report", report);
    model.addAttribute("lists", payments.monitoring());
    return "web/finance-direct-payments";
  }

  @GetMapping("/statements/{id}")
  String statement(@PathVariable UUID id, Model model) {
    return statement(id, model, new PageErrors(), null, null);
  }

  @PostMapping("/statements/{id}/decisions")
  String decide(
      @PathVariable UUID id,
      @RequestParam(name = "decision", required = false) String decision,
      @RequestParam(name = "reason", required = false) String reason,
      Model model,
      Authentication who,
      RedirectAttributes next) {
    try {
      payments.decide(
          id, new DirectPaymentViews.DirectPaymentDecisionRequest(decision, reason), who);
      next.addFlashAttribute("decided", decision);
      return "redirect:/web/finance/direct-payments/statements/" + id;
    } catch (InvalidRequestException e) {
      PageErrors errors = new PageErrors();
      e.errors()
          .forEach(
              f ->
                  errors.add(
                      f.field(),
                      f.field().equals("reason")
                          ? "Give the reason the amount is waived"
                          : "Choose recover, waive or defer"));
      return statement(id, model, errors, decision, reason);
    }
  }

  private String statement(
      UUID id, Model model, PageErrors errors, String decision, String reason) {
    DirectPaymentViews.StatementReview review = payments.review(id);
    model.addAttribute("errors", errors);
    model.addAttribute("s", review);
    model.addAttribute("r", review.review().directPayments());
    model.addAttribute("decision", decision);
    model.addAttribute("reason", reason);
    return "web/finance-dp-statement";
  }

  @GetMapping("/statements/{id}/letter")
  String letter(@PathVariable UUID id, Model model) {
    model.addAttribute("letter", letterOf(id));
    model.addAttribute("id", id);
    return "web/finance-dp-letter";
  }

  @GetMapping(value = "/statements/{id}/letter.pdf")
  ResponseEntity<byte[]> letterPdf(@PathVariable UUID id) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "inline; filename=\"direct-payment-letter.pdf\"")
        .body(LetterPdf.of(letterOf(id)));
  }

  private DirectPaymentLetter letterOf(UUID id) {
    var review = payments.review(id);
    var decisions = review.decisions();
    return DirectPaymentLetter.of(
        review.review(), decisions.isEmpty() ? null : decisions.get(decisions.size() - 1), words);
  }
}
