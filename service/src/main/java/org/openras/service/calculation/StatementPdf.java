package org.openras.service.calculation;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The person's statement, "How your personal budget was calculated", as a PDF: the same figures as
 * the HTML statement, read from the audit record's result.
 */
final class StatementPdf {
  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);

  private StatementPdf() {}

  static byte[] of(UUID id, Map<String, Object> result) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document();
    PdfWriter.getInstance(doc, out);
    doc.addTitle("How your personal budget was calculated");
    doc.open();
    doc.add(new Paragraph("How your personal budget was calculated", TITLE));
    body(
        doc,
        "Your reference: "
            + result.get("personRef")
            + ". Date of your assessment: "
            + result.get("assessmentDate")
            + ".");
    eligibility(doc, map(result.get("eligibility")));
    budget(doc, map(result.get("ras")));
    contribution(doc, map(result.get("contribution")));
    heading(doc, "The rules we used");
    for (Object o : list(result.get("trace"))) {
      Map<String, Object> s = map(o);
      body(doc, "- " + s.get("rule") + " (" + s.get("source") + ")");
    }
    body(
        doc, "Calculation reference " + id + ". Rules engine " + result.get("engineVersion") + ".");
    doc.close();
    return out.toByteArray();
  }

  private static void eligibility(Document doc, Map<String, Object> eligibility) {
    Map<String, Object> adult = eligibility == null ? null : map(eligibility.get("adult"));
    if (adult != null) {
      heading(doc, "Eligibility");
      String verdict = Boolean.TRUE.equals(adult.get("eligible")) ? "Eligible" : "Not eligible";
      body(doc, verdict + ": " + adult.get("summary") + " (" + adult.get("citation") + ")");
    }
  }

  private static void budget(Document doc, Map<String, Object> ras) {
    if (ras == null) {
      return;
    }
    heading(doc, "Personal budget");
    body(
        doc,
        "Indicative weekly budget: £"
            + ras.get("weeklyBudget")
            + ". A year: £"
            + ras.get("annualBudget")
            + ". Points: "
            + ras.get("totalPoints")
            + ".");
    PdfPTable table = new PdfPTable(new float[] {3, 6, 1.2f, 1.8f});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String h : List.of("Area of need", "Answer", "Points", "After unpaid care")) {
      table.addCell(new Paragraph(h, HEADING));
    }
    for (Object o : list(ras.get("domains"))) {
      Map<String, Object> d = map(o);
      for (String k : List.of("title", "statement", "points", "pointsAfterDeflation")) {
        table.addCell(new Paragraph(String.valueOf(d.get(k)), BODY));
      }
    }
    doc.add(table);
  }

  private static void contribution(Document doc, Map<String, Object> c) {
    if (c == null) {
      return;
    }
    heading(doc, "What you pay");
    body(
        doc,
        "Your weekly contribution: £"
            + c.get("weeklyContribution")
            + ". The cost of your care: £"
            + c.get("costOfCare")
            + ". The council pays: £"
            + c.get("netCouncilAmount")
            + " a week.");
  }

  private static void heading(Document doc, String text) {
    Paragraph p = new Paragraph(text, HEADING);
    p.setSpacingBefore(12);
    p.setSpacingAfter(4);
    doc.add(p);
  }

  private static void body(Document doc, String text) {
    Paragraph p = new Paragraph(text, BODY);
    p.setAlignment(Element.ALIGN_LEFT);
    doc.add(p);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  private static List<?> list(Object o) {
    return o instanceof List<?> l ? l : List.of();
  }
}
