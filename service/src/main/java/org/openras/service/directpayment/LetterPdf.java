package org.openras.service.directpayment;

import org.openras.service.web.AccessiblePdf;

/**
 * The direct-payment letter as a tagged PDF/UA-1 document (docs/adr/0025, 0029): the letter's
 * paragraphs, its figures as a table with headers, and the rules that produced them with their
 * sources, in reading order for a screen reader.
 */
final class LetterPdf {
  private LetterPdf() {}

  static byte[] of(DirectPaymentLetter letter) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"/><title>")
        .append(esc(letter.title()))
        .append("</title><style>body{font-family:'")
        .append(AccessiblePdf.FAMILY)
        .append("';font-size:11pt;line-height:1.4;margin:0}h1{font-size:18pt}h2{font-size:13pt;")
        .append("margin-top:14pt}table{border-collapse:collapse;width:100%}th,td{text-align:left;")
        .append("padding:4pt 6pt;border-bottom:0.5pt solid #b1b4b6;vertical-align:top}")
        .append("td.amount{text-align:right;white-space:nowrap}")
        .append("@page{size:A4;margin:20mm}</style></head><body>");
    h.append("<h1>").append(esc(letter.title())).append("</h1>");
    h.append("<p>Account ")
        .append(esc(letter.accountRef()))
        .append(", ")
        .append(esc(letter.period()))
        .append("</p>");
    for (String p : letter.paragraphs()) {
      h.append("<p>").append(esc(p)).append("</p>");
    }
    h.append("<h2>The figures</h2><table><thead><tr><th scope=\"col\">What</th>")
        .append("<th scope=\"col\">Amount</th></tr></thead><tbody>");
    for (DirectPaymentLetter.LetterFigure f : letter.figures()) {
      h.append("<tr><td>")
          .append(esc(f.label()))
          .append("</td><td class=\"amount\">")
          .append(esc(f.amount()))
          .append("</td></tr>");
    }
    h.append("</tbody></table><h2>The rules we used</h2><ul>");
    for (DirectPaymentLetter.LetterRule r : letter.rules()) {
      h.append("<li>").append(esc(r.sentence()));
      if (!r.sources().isEmpty()) {
        h.append(" (").append(esc(String.join("; ", r.sources()))).append(")");
      }
      h.append("</li>");
    }
    h.append("</ul><p>").append(esc(letter.footer())).append("</p></body></html>");
    return AccessiblePdf.render(h.toString());
  }

  private static String esc(String t) {
    return t == null
        ? ""
        : t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
