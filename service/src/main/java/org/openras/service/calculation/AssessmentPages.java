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
import org.springframework.web.server.ResponseStatusException;

/**
 * The assessor's pages: the assessment form, its result and the person's statement. A submitted
 * assessment goes through the API's {@link CalculationService}, so it is audited the same way; the
 * result pages show the audit record, exactly as recorded.
 */
@Controller
class AssessmentPages {
  private final CalculationService calculations;
  private final AuditLog audit;
  private final FormVocabulary vocabulary;
  private final OpenRasEngine engine;

  AssessmentPages(
      CalculationService calculations,
      AuditLog audit,
      FormVocabulary vocabulary,
      OpenRasEngine engine) {
    this.calculations = calculations;
    this.audit = audit;
    this.vocabulary = vocabulary;
    this.engine = engine;
  }

  @GetMapping("/web/assessments/new")
  String form(Model model) {
    return show(model, new AssessmentForm(), new PageErrors());
  }

  @PostMapping("/web/assessments")
  String submit(@ModelAttribute("form") AssessmentForm form, Model model, Authentication who) {
    PageErrors errors = new PageErrors();
    CalculationRequest request = form.toRequest(vocabulary.domainCodes(), errors);
    if (request == null) {
      return show(model, form, errors);
    }
    try {
      UUID id = calculations.calculate(request, who).calculationId();
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
    return "web/statement";
  }

  @GetMapping("/web/assessments/{id}/statement.pdf")
  ResponseEntity<byte[]> statementPdf(@PathVariable UUID id) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"statement-" + id + ".pdf\"")
        .body(StatementPdf.of(id, recorded(id)));
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

  private String show(Model model, AssessmentForm form, PageErrors errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("vocabulary", vocabulary);
    return "web/assessment";
  }
}
