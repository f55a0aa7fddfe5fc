package org.openras.service.measures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.openras.engine.measures.MeasureFigure;
import org.openras.engine.measures.Milestone;
import org.openras.engine.measures.ReportingPeriod;

/**
 * A measure's percentages over the periods as a line chart (inline SVG, 0 to 100%), with the
 * milestones of the measure as marked targets. Labels are horizontal, in the page's font at 16
 * pixels; the table beside the chart carries every figure for those who do not see it.
 */
final class MeasureSvg {
  static final int WIDTH = 760;
  static final int HEIGHT = 300;
  static final int LEFT = 56;
  static final int RIGHT = 20;
  static final int TOP = 16;
  static final int BOTTOM = 48;

  private MeasureSvg() {}

  static String line(
      String title,
      List<ReportingPeriod> periods,
      List<Optional<MeasureFigure>> figures,
      List<Milestone> milestones) {
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    int n = periods.size();
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" font-family=\"&quot;GDS Transport&quot;, arial, sans-serif\" font-size=\"16\">")
        .append("<title>")
        .append(escape(title))
        .append(", percentage by period</title>");
    for (int pct = 0; pct <= 100; pct += 25) {
      int y = TOP + plotH - plotH * pct / 100;
      s.append(
          String.format(
              "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>",
              LEFT, y, LEFT + plotW, y));
      s.append(
          String.format(
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#0b0c0c\">%d%%</text>",
              LEFT - 6, y + 5, pct));
    }
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < n; i++) {
      Optional<MeasureFigure> f = figures.get(i);
      if (f.isEmpty() || f.get().percent() == null) {
        continue;
      }
      int x = x(i, n, plotW);
      int y = y(f.get().percent(), plotH);
      path.append(path.isEmpty() ? "M" : " L").append(x).append(' ').append(y);
      s.append(String.format("<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"#1d70b8\"/>", x, y));
    }
    if (!path.isEmpty()) {
      s.append("<path d=\"")
          .append(path)
          .append("\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"3\"/>");
    }
    for (Milestone m : milestones) {
      int index = -1;
      for (int i = 0; i < n; i++) {
        if (periods.get(i).end().isBefore(m.by())) {
          index = i;
        }
      }
      if (index < 0) {
        continue;
      }
      int x = x(index, n, plotW);
      int y = y(m.target(), plotH);
      s.append(String.format("<path d=\"M%d %d l8 -8 l8 8 l-8 8 z\" fill=\"#d4351c\"/>", x - 8, y));
      s.append(
          String.format(
              "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" fill=\"#d4351c\">Target %s%%</text>",
              x + (index > n / 2 ? -12 : 12),
              y - 10,
              index > n / 2 ? "end" : "start",
              m.target().stripTrailingZeros().toPlainString()));
    }
    // x labels: the first and last periods, and as many between as fit, horizontal
    int every = Math.max(1, (int) Math.ceil(n / 4.0));
    for (int i = 0; i < n; i += every) {
      label(s, periods.get(i), x(i, n, plotW), i == 0 ? "start" : "middle");
    }
    if ((n - 1) % every != 0) {
      label(s, periods.get(n - 1), x(n - 1, n, plotW), "end");
    }
    return s.append("</svg>").toString();
  }

  private static void label(StringBuilder s, ReportingPeriod p, int x, String anchor) {
    String text =
        p.label().contains(" (") ? p.label().substring(0, p.label().indexOf(" (")) : p.label();
    s.append(
        String.format(
            "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" fill=\"#0b0c0c\">%s</text>",
            x, HEIGHT - BOTTOM + 28, anchor, escape(text)));
  }

  private static int x(int i, int n, int plotW) {
    return n <= 1 ? LEFT + plotW / 2 : LEFT + (int) ((long) plotW * i / (n - 1));
  }

  private static int y(BigDecimal pct, int plotH) {
    return TOP + plotH - (int) Math.round(plotH * pct.doubleValue() / 100);
  }

  private static String escape(String t) {
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
