package org.openras.service.calculation;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
  static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  static final String FAMILY = "Liberation Sans";

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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    // The one face serves normal and bold text: no text falls back to a font not embedded.
    for (int weight : new int[] {400, 700}) {
      builder.useFont(StatementPdf::font, FAMILY, weight, FontStyle.NORMAL, true);
    }
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static InputStream font() {
    InputStream in = StatementPdf.class.getResourceAsStream(FONT);
    if (in == null) {
      throw new IllegalStateException("PDFBox's " + FONT + " is not on the class path");
    }
    return in;
  }
}
