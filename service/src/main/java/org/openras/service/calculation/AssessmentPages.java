package org.openras.service.calculation;

import java.util.Map;
import java.util.UUID;
import org.openras.engine.OpenRasEngine;
import org.openras.engine.OpenRasException;
import org.openras.engine.catalogue.RuleSetSelectionException;
import org.openras.engine.json.Json;
import org.openras.engine.params.MissingParameterException;
import org.openras.engine.request.CalculationRequest;
import org.openras.engine.request.InvalidRequestException;
import org.openras.service.audit.AuditEntry;
import org.openras.service.audit.AuditLog;
import org.openras.service.web.PageErrors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The assessor's pages: the assessment form, its result and the person's statement. A submitted
 * assessment goes through the API's {@link CalculationService}, so it is audited the same way; the
 * result pages show the audit record, exactly as recorded.
 */
@Controller
@EnableConfigurationProperties(CouncilContact.class)
class AssessmentPages {
  private final CalculationService calculations;
  private final AuditLog audit;
  private final FormVocabulary vocabulary;
  private final OpenRasEngine engine;
  private final DraftStore drafts;
  private final StatementPdf pdf;
  private final CouncilContact council;

  AssessmentPages(
      CalculationService calculations,
      AuditLog audit,
      FormVocabulary vocabulary,
      OpenRasEngine engine,
      DraftStore drafts,
      StatementPdf pdf,
      CouncilContact council) {
    this.calculations = calculations;
    this.audit = audit;
    this.vocabulary = vocabulary;
    this.engine = engine;
    this.drafts = drafts;
    this.pdf = pdf;
    this.council = council;
  }

  /** The value of the form's second submit button, "Save as a draft". */
  static final String SAVE_DRAFT = "draft";

  @GetMapping("/web/assessments/new")
  String form(Model model) {
    return show(model, new AssessmentForm(), new PageErrors());
  }

  /**
   * Works out the budget, or with the "Save as a draft" button keeps the form as it is, checked or
   * not, as the assessor's draft ({@link DraftStore}; nothing is calculated or recorded). A
   * calculation made from a draft deletes the draft once it is recorded.
   */
  @PostMapping("/web/assessments")
  String submit(
      @ModelAttribute("form") AssessmentForm form,
      @RequestParam(name = "action", required = false) String action,
      @RequestParam(name = "draftId", required = false) String draftId,
      Model model,
      Authentication who) {
    UUID draft = uuid(draftId);
    if (SAVE_DRAFT.equals(action)) {
      UUID saved = drafts.save(draft, who.getName(), form);
      return "redirect:/web/assessments?saved=" + saved;
    }
    model.addAttribute("draftId", draft);
    PageErrors errors = new PageErrors();
    CalculationRequest request = form.toRequest(vocabulary.domainTitles(), errors);
    if (request == null) {
      return show(model, form, errors);
    }
    try {
      UUID id = calculations.calculate(request, who).calculationId();
      if (draft != null) {
        drafts.delete(draft, who.getName()); // it is a calculation now, audited
      }
      return "redirect:/web/assessments/" + id;
    } catch (InvalidRequestException e) {
      errors.addEngine(e.errors());
    } catch (MissingParameterException e) {
      model.addAttribute("refusal", Refusal.of(e, engine));
    } catch (RuleSetSelectionException e) {
      model.addAttribute("refusal", Refusal.of(e));
    } catch (OpenRasException e) {
      errors.add("personRef", "The calculation could not be made: " + e.getMessage());
    }
    return show(model, form, errors);
  }

  @GetMapping("/web/assessments/{id}")
  String result(@PathVariable UUID id, Model model) {
    record(id, model);
    return "web/result";
  }

  @GetMapping("/web/assessments/{id}/statement")
  String statement(@PathVariable UUID id, Model model) {
    record(id, model);
    model.addAttribute("council", council);
    return "web/statement";
  }

  @GetMapping("/web/assessments/{id}/statement.pdf")
  ResponseEntity<byte[]> statementPdf(@PathVariable UUID id) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"statement-" + id + ".pdf\"")
        .body(pdf.of(id, recorded(id)));
  }

  private void record(UUID id, Model model) {
    model.addAttribute("id", id);
    model.addAttribute("result", recorded(id));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> recorded(UUID id) {
    AuditEntry entry =
        audit
            .findCalculation(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return Json.mapper().readValue(entry.result(), Map.class);
  }

  /** A saved draft, opened again in the form (only its owner's, and only until it expires). */
  @GetMapping("/web/assessments/drafts/{id}")
  String resume(@PathVariable UUID id, Model model, Authentication who) {
    AssessmentForm form =
        drafts
            .form(id, who.getName())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("draftId", id);
    return show(model, form, new PageErrors());
  }

  /** Deletes one of the assessor's drafts. */
  @PostMapping("/web/assessments/drafts/{id}/delete")
  String deleteDraft(@PathVariable UUID id, Authentication who) {
    if (!drafts.delete(id, who.getName())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return "redirect:/web/assessments?deleted";
  }

  private static UUID uuid(String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(id.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private String show(Model model, AssessmentForm form, PageErrors errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("vocabulary", vocabulary);
    return "web/assessment";
  }
}
