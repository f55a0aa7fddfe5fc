package org.openras.engine.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Bar charts as inline SVG, so a report opens from a file with no network and no script (and the
 * service's pages show the same charts). Each chart has a title and description for screen readers,
 * and the same figures are in a table beside it.
 */
public final class SvgCharts {
  private static final int WIDTH = 760;

  private SvgCharts() {}

  /** One bar per label, vertical, in the given order. */
  public static String columns(
      String title, List<String> labels, List<Long> values, String colour) {
    int n = labels.size();
    int height = 260;
    int plot = 180;
    long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
    double step = (WIDTH - 60.0) / Math.max(1, n);
    StringBuilder s = open(title, height);
    for (int i = 0; i < n; i++) {
      double h = plot * (double) values.get(i) / max;
      double x = 50 + i * step;
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %d</title></rect>",
              x + 1,
              20 + plot - h,
              step - 2,
              h,
              colour,
              Html.escape(labels.get(i)),
              values.get(i)));
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" font-size=\"9\" transform=\"rotate(60 %.1f %d)\">%s</text>",
              x + step / 2,
              20 + plot + 10,
              x + step / 2,
              20 + plot + 10,
              Html.escape(labels.get(i))));
    }
    s.append(axis(max, plot));
    return s.append("</svg>").toString();
  }

  /** Pairs of horizontal bars (baseline, candidate) per label, values in pounds text. */
  public static String pairedBars(
      String title, List<String> labels, List<String> a, List<String> b) {
    int rowHeight = 34;
    int height = 30 + rowHeight * labels.size();
    double max = 1;
    for (int i = 0; i < labels.size(); i++) {
      max = Math.max(max, Math.max(amount(a.get(i)), amount(b.get(i))));
    }
    StringBuilder s = open(title, height);
    s.append("<rect x=\"300\" y=\"4\" width=\"10\" height=\"10\" fill=\"#1d70b8\"/>")
        .append("<text x=\"314\" y=\"13\" font-size=\"11\">baseline</text>")
        .append("<rect x=\"380\" y=\"4\" width=\"10\" height=\"10\" fill=\"#f47738\"/>")
        .append("<text x=\"394\" y=\"13\" font-size=\"11\">candidate</text>");
    for (int i = 0; i < labels.size(); i++) {
      int y = 24 + i * rowHeight;
      s.append(text(4, y + 14, labels.get(i)));
      bar(s, y, amount(a.get(i)) / max, "#1d70b8", "baseline £" + a.get(i));
      bar(s, y + 14, amount(b.get(i)) / max, "#f47738", "candidate £" + b.get(i));
    }
    return s.append("</svg>").toString();
  }

  private static void bar(StringBuilder s, int y, double share, String colour, String label) {
    double w = Math.max(0, share) * (WIDTH - 360);
    s.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"260\" y=\"%d\" width=\"%.1f\" height=\"12\" fill=\"%s\"><title>%s</title></rect>",
            y,
            w,
            colour,
            Html.escape(label)));
    s.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%d\" font-size=\"10\">%s</text>",
            264 + w,
            y + 10,
            Html.escape(label)));
  }

  private static StringBuilder open(String title, int height) {
    return Html.svg(title, WIDTH, height);
  }

  private static String axis(long max, int plot) {
    return text(2, 26, Long.toString(max))
        + text(2, 20 + plot, "0")
        + "<line x1=\"48\" y1=\"20\" x2=\"48\" y2=\""
        + (20 + plot)
        + "\" stroke=\"#505a5f\"/>";
  }

  private static String text(int x, int y, String t) {
    return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"11\">" + Html.escape(t) + "</text>";
  }

  private static double amount(String pounds) {
    return new BigDecimal(pounds).doubleValue();
  }
}
