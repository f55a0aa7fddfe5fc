package org.openras.service.forecast;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A client group's fan chart as inline SVG: the history as a solid line, the forecast as a dashed
 * line from the history's last month, and the prediction interval as a shaded band around it.
 * Labels are horizontal, in the page's font at 16 pixels; the table beside the chart carries every
 * figure for those who do not see it.
 */
final class FanChart {
  static final int WIDTH = 760;
  static final int HEIGHT = 320;
  static final int LEFT = 64;
  static final int RIGHT = 20;
  static final int TOP = 40;
  static final int BOTTOM = 48;
  static final String HISTORY = "#0b0c0c";
  static final String FORECAST = "#1d70b8";
  static final String BAND = "#bbd4ea";

  /** One month: the people recorded, or the forecast with its interval. */
  record Month(YearMonth month, Double actual, Double point, Double lower, Double upper) {}

  private FanChart() {}

  static String svg(String title, List<Month> months) {
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    double max = 0;
    for (Month m : months) {
      max = Math.max(max, m.actual() == null ? 0 : m.actual());
      max = Math.max(max, m.upper() == null ? 0 : m.upper());
    }
    double step = niceStep(max / 4);
    double top = Math.max(step, Math.ceil(max / step) * step);
    int n = months.size();
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\"")
        .append(" font-family=\"&quot;GDS Transport&quot;, arial, sans-serif\" font-size=\"16\">")
        .append("<title>")
        .append(escape(title))
        .append(": people supported each month, recorded and forecast with its interval</title>");
    for (double v = 0; v <= top + 1e-9; v += step) {
      int y = y(v, top, plotH);
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>",
              LEFT,
              y,
              LEFT + plotW,
              y));
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#0b0c0c\">%s</text>",
              LEFT - 6,
              y + 5,
              org.openras.service.web.Formats.number(java.math.BigDecimal.valueOf((long) v))));
    }
    // the interval band: upper ends left to right, then lower ends right to left
    List<String> upper = new ArrayList<>();
    List<String> lower = new ArrayList<>();
    StringBuilder history = new StringBuilder();
    StringBuilder forecast = new StringBuilder();
    int lastHistory = -1;
    for (int i = 0; i < n; i++) {
      Month m = months.get(i);
      int x = x(i, n, plotW);
      if (m.actual() != null) {
        history
            .append(history.isEmpty() ? "M" : " L")
            .append(x)
            .append(' ')
            .append(y(m.actual(), top, plotH));
        lastHistory = i;
      } else if (m.point() != null) {
        if (forecast.isEmpty() && lastHistory >= 0) {
          Month h = months.get(lastHistory);
          int hx = x(lastHistory, n, plotW);
          int hy = y(h.actual(), top, plotH);
          forecast.append("M").append(hx).append(' ').append(hy);
          upper.add(hx + "," + hy);
          lower.add(0, hx + "," + hy);
        }
        forecast
            .append(forecast.isEmpty() ? "M" : " L")
            .append(x)
            .append(' ')
            .append(y(m.point(), top, plotH));
        upper.add(x + "," + y(m.upper(), top, plotH));
        lower.add(0, x + "," + y(m.lower(), top, plotH));
      }
    }
    if (!upper.isEmpty()) {
      List<String> all = new ArrayList<>(upper);
      all.addAll(lower);
      s.append("<polygon points=\"")
          .append(String.join(" ", all))
          .append("\" fill=\"")
          .append(BAND)
          .append("\" stroke=\"none\"/>");
    }
    if (!history.isEmpty()) {
      s.append("<path d=\"")
          .append(history)
          .append("\" fill=\"none\" stroke=\"")
          .append(HISTORY)
          .append("\" stroke-width=\"3\"/>");
    }
    if (!forecast.isEmpty()) {
      s.append("<path d=\"")
          .append(forecast)
          .append("\" fill=\"none\" stroke=\"")
          .append(FORECAST)
          .append("\" stroke-width=\"3\" stroke-dasharray=\"8 5\"/>");
    }
    // a key above the plot, horizontal
    s.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"14\" x2=\"%d\" y2=\"14\" stroke=\"%s\" stroke-width=\"3\"/>",
            LEFT,
            LEFT + 28,
            HISTORY));
    s.append(
        String.format(
            Locale.ROOT, "<text x=\"%d\" y=\"20\" fill=\"#0b0c0c\">Recorded</text>", LEFT + 34));
    s.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"14\" x2=\"%d\" y2=\"14\" stroke=\"%s\" stroke-width=\"3\" stroke-dasharray=\"8 5\"/>",
            LEFT + 140,
            LEFT + 168,
            FORECAST));
    s.append(
        String.format(
            Locale.ROOT, "<text x=\"%d\" y=\"20\" fill=\"#0b0c0c\">Forecast</text>", LEFT + 174));
    s.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"6\" width=\"28\" height=\"16\" fill=\"%s\"/>",
            LEFT + 280,
            BAND));
    s.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"20\" fill=\"#0b0c0c\">Likely range</text>",
            LEFT + 314));
    // x labels: April of each year shown, as many as fit
    List<Integer> aprils = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (months.get(i).month().getMonthValue() == 4) {
        aprils.add(i);
      }
    }
    int every = Math.max(1, (int) Math.ceil(aprils.size() / 7.0));
    for (int k = 0; k < aprils.size(); k += every) {
      int i = aprils.get(k);
      int x = x(i, n, plotW);
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>",
              x,
              TOP + plotH,
              x,
              TOP + plotH + 6));
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#0b0c0c\">%s</text>",
              x,
              HEIGHT - BOTTOM + 26,
              "Apr " + months.get(i).month().getYear()));
    }
    return s.append("</svg>").toString();
  }

  static double niceStep(double rough) {
    if (rough <= 0) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(rough)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= rough) {
        return Math.max(1, m * p);
      }
    }
    return 10 * p;
  }

  private static int x(int i, int n, int plotW) {
    return n <= 1 ? LEFT + plotW / 2 : LEFT + (int) ((long) plotW * i / (n - 1));
  }

  private static int y(double v, double top, int plotH) {
    return TOP + plotH - (int) Math.round(plotH * v / top);
  }

  private static String escape(String t) {
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
