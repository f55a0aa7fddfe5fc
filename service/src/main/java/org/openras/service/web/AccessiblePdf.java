package org.openras.service.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Documents for people as tagged PDF/UA-1 (docs/adr/0025): XHTML rendered by openhtmltopdf in its
 * accessibility mode, so a screen reader reads headings, lists and tables in order, with its one
 * font (Liberation Sans, as PDFBox ships it) embedded, as PDF/UA requires. The person's statement
 * and the direct-payment letter are both made here.
 */
public final class AccessiblePdf {
  static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  /** The font family the XHTML must name for its text. */
  public static final String FAMILY = "Liberation Sans";

  private AccessiblePdf() {}

  /** The PDF of an XHTML document (with its title and {@code lang}). */
  public static byte[] render(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    // The one face serves normal and bold text: no text falls back to a font not embedded.
    for (int weight : new int[] {400, 700}) {
      builder.useFont(AccessiblePdf::font, FAMILY, weight, FontStyle.NORMAL, true);
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
    InputStream in = AccessiblePdf.class.getResourceAsStream(FONT);
    if (in == null) {
      throw new IllegalStateException("PDFBox's " + FONT + " is not on the class path");
    }
    return in;
  }
}
