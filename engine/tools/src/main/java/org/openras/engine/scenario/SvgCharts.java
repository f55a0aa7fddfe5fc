package org.openras.engine.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * Bar charts as inline SVG, so a report opens from a file with no network and no script (and the
 * service's pages show the same charts). Each chart has a title for screen readers, and the same
 * figures are in a table beside it. Labels are horizontal, at 16 pixels in the GOV.UK typeface (or
 * Arial where it is not installed), one bar per row, so a long label is never turned or shrunk;
 * amounts have thousands separators.
 */
public final class SvgCharts {
  private static final int WIDTH = 760;
  private static final int LABELS = 250;
  private static final int ROW = 30;

  private SvgCharts() {}

  /** One horizontal bar per label, in the given order, with its count at its end. */
  public static String columns(
      String title, List<String> labels, List<Long> values, String colour) {
    int n = labels.size();
    int height = 12 + ROW * Math.max(1, n);
    long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
    double room = WIDTH - LABELS - 90.0;
    StringBuilder s = open(title, height);
    for (int i = 0; i < n; i++) {
      int y = 6 + i * ROW;
      double w = room * values.get(i) / max;
      s.append(text(4, y + 18, labels.get(i)));
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\"><title>%s: %s</title></rect>",
              LABELS,
              y + 2,
              w,
              colour,
              Html.escape(labels.get(i)),
              whole(values.get(i))));
      s.append(text((int) Math.round(LABELS + w + 6), y + 18, whole(values.get(i))));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"4\" x2=\"%d\" y2=\"%d\" stroke=\"#505a5f\"/>",
            LABELS - 1,
            LABELS - 1,
            height - 4));
    return s.append("</svg>").toString();
  }

  /** Pairs of horizontal bars (baseline, candidate) per label, values in pounds text. */
  public static String pairedBars(
      String title, List<String> labels, List<String> a, List<String> b) {
    int rowHeight = 52;
    int height = 34 + rowHeight * labels.size();
    double max = 1;
    for (int i = 0; i < labels.size(); i++) {
      max = Math.max(max, Math.max(amount(a.get(i)), amount(b.get(i))));
    }
    StringBuilder s = open(title, height);
    s.append("<rect x=\"" + LABELS + "\" y=\"6\" width=\"14\" height=\"14\" fill=\"#1d70b8\"/>")
        .append(text(LABELS + 20, 19, "baseline"))
        .append(
            "<rect x=\""
                + (LABELS + 120)
                + "\" y=\"6\" width=\"14\" height=\"14\" fill=\"#f47738\"/>")
        .append(text(LABELS + 140, 19, "candidate"));
    for (int i = 0; i < labels.size(); i++) {
      int y = 30 + i * rowHeight;
      s.append(text(4, y + 24, labels.get(i)));
      bar(s, y, amount(a.get(i)) / max, "#1d70b8", "baseline " + pounds(a.get(i)));
      bar(s, y + 22, amount(b.get(i)) / max, "#f47738", "candidate " + pounds(b.get(i)));
    }
    return s.append("</svg>").toString();
  }

  private static void bar(StringBuilder s, int y, double share, String colour, String label) {
    double w = Math.max(0, share) * (WIDTH - LABELS - 230);
    s.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"%s\"><title>%s</title></rect>",
            LABELS,
            y,
            w,
            colour,
            Html.escape(label)));
    s.append(text((int) Math.round(LABELS + w + 6), y + 15, label));
  }

  private static StringBuilder open(String title, int height) {
    return Html.svg(title, WIDTH, height);
  }

  private static String text(int x, int y, String t) {
    return "<text x=\"" + x + "\" y=\"" + y + "\">" + Html.escape(t) + "</text>";
  }

  private static double amount(String pounds) {
    return new BigDecimal(pounds).doubleValue();
  }

  /** "£1,234,567.89" from "1234567.89" (figures are in pence already: only grouped). */
  static String pounds(String plain) {
    BigDecimal v = new BigDecimal(plain);
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
    f.setRoundingMode(RoundingMode.HALF_UP);
    String grouped = f.format(v.abs());
    return (v.signum() < 0 ? "−£" : "£") + grouped;
  }

  private static String whole(long n) {
    return String.format(Locale.UK, "%,d", n);
  }
}
