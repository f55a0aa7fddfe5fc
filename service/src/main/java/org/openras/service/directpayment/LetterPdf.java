package org.openras.service.directpayment;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;

/** The letter as a PDF: the same words as the HTML letter ({@link DirectPaymentLetter}). */
final class LetterPdf {
  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);

  private LetterPdf() {}

  static byte[] of(DirectPaymentLetter letter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document();
    PdfWriter.getInstance(doc, out);
    doc.addTitle(letter.title());
    doc.open();
    doc.add(new Paragraph(letter.title(), TITLE));
    doc.add(new Paragraph("Account " + letter.accountRef() + ", " + letter.period(), BODY));
    for (String p : letter.paragraphs()) {
      Paragraph para = new Paragraph(p, BODY);
      para.setSpacingBefore(6);
      doc.add(para);
    }
    heading(doc, "The figures");
    PdfPTable table = new PdfPTable(new float[] {6, 2});
    table.setWidthPercentage(100);
    for (DirectPaymentLetter.LetterFigure f : letter.figures()) {
      table.addCell(new Paragraph(f.label(), BODY));
      table.addCell(new Paragraph(f.amount(), BODY));
    }
    doc.add(table);
    heading(doc, "The rules we used");
    for (DirectPaymentLetter.LetterRule r : letter.rules()) {
      doc.add(
          new Paragraph("- " + r.sentence() + " (" + String.join("; ", r.sources()) + ")", BODY));
    }
    Paragraph footer = new Paragraph(letter.footer(), BODY);
    footer.setSpacingBefore(12);
    doc.add(footer);
    doc.close();
    return out.toByteArray();
  }

  private static void heading(Document doc, String text) {
    Paragraph p = new Paragraph(text, HEADING);
    p.setSpacingBefore(12);
    p.setSpacingAfter(4);
    doc.add(p);
  }
}
