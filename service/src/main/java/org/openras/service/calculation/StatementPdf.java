package org.openras.service.calculation;

import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The person's statement, "How your personal budget was calculated", as a tagged PDF/UA-1 document
 * (docs/adr/0025): the same fragment as the statement page ({@code web/statement-body}), rendered
 * by openhtmltopdf in its accessibility mode, so a screen reader reads its headings, lists and
 * tables in order. Its one font (Liberation Sans, as PDFBox ships it) is embedded, as PDF/UA
 * requires.
 */
@Component
class StatementPdf {
  static final String FAMILY = org.openras.service.web.AccessiblePdf.FAMILY;

  private final ITemplateEngine templates;
  private final ApplicationContext context;
  private final CouncilContact council;

  StatementPdf(ITemplateEngine templates, ApplicationContext context, CouncilContact council) {
    this.templates = templates;
    this.context = context;
    this.council = council;
  }

  byte[] of(UUID id, Map<String, Object> result) {
    Context model = new Context(java.util.Locale.UK);
    model.setVariable(
        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(context, null));
    model.setVariable("id", id);
    model.setVariable("result", result);
    model.setVariable("council", council);
    model.setVariable("pdf", true);
    String html = templates.process("pdf/statement", model);
    return render(html);
  }

  static byte[] render(String xhtml) {
    return org.openras.service.web.AccessiblePdf.render(xhtml);
  }
}
