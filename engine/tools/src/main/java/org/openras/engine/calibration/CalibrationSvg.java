package org.openras.engine.calibration;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openras.engine.scenario.Html;

/**
 * The calibration report's charts as inline SVG (no script, no network), each with a title for
 * screen readers: actual cost against the fitted figure, and residuals by group.
 */
public final class CalibrationSvg {
  private static final int WIDTH = 760;
  private static final String FITTED = "#1d70b8";
  private static final String SET_ASIDE = "#d4351c";

  private CalibrationSvg() {}

  /** Actual weekly cost (up) against the fitted figure (across), with the line actual = fitted. */
  public static String scatter(List<PersonFit> people) {
    int size = 420;
    double max = 1;
    for (PersonFit p : people) {
      max = Math.max(max, Math.max(p.actualWeeklyCost(), p.fitted()));
    }
    StringBuilder s = open("Actual weekly cost against the fitted figure (pounds)", size + 40);
    s.append(line(50, size, 50 + size, 0, "#505a5f"));
    s.append(line(50, size, WIDTH - 10, size, "#505a5f")).append(line(50, 0, 50, size, "#505a5f"));
    for (PersonFit p : people) {
      double x = 50 + size * p.fitted() / max;
      double y = size - size * p.actualWeeklyCost() / max;
      s.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\" fill-opacity=\"0.6\"><title>%s: actual %.2f, fitted %.2f</title></circle>",
              x,
              y,
              p.setAside() == null ? FITTED : SET_ASIDE,
              CalibrationHtml.escape(p.personRef()),
              p.actualWeeklyCost(),
              p.fitted()));
    }
    s.append(text(4, 12, String.format(Locale.UK, "£%,.0f", max)))
        .append(text(54 + size, size + 14, String.format(Locale.UK, "fitted £%,.0f", max)))
        .append(
            text(
                4,
                size + 30,
                "Blue: fitted; red: set aside. The grey diagonal is actual = fitted."));
    return s.append("</svg>").toString();
  }

  /** One row per group; each dot a person's residual (actual − fitted), zero marked. */
  public static String residualsByGroup(Map<String, List<PersonFit>> byGroup) {
    int row = 30;
    int height = 40 + row * byGroup.size();
    double extent = 1;
    for (List<PersonFit> people : byGroup.values()) {
      for (PersonFit p : people) {
        extent = Math.max(extent, Math.abs(p.residual()));
      }
    }
    int left = 330;
    double half = (WIDTH - left - 20) / 2.0;
    double zero = left + half;
    StringBuilder s =
        open("Residuals (actual − fitted, pounds a week) by primary support reason", height);
    s.append(line(zero, 0, zero, height - 30, "#505a5f"));
    int i = 0;
    for (var e : byGroup.entrySet()) {
      int y = 16 + i++ * row;
      s.append(text(4, y + 6, e.getKey()));
      for (PersonFit p : e.getValue()) {
        s.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%d\" r=\"2.5\" fill=\"%s\" fill-opacity=\"0.6\"><title>%s: %.2f</title></circle>",
                zero + half * p.residual() / extent,
                y,
                p.setAside() == null ? FITTED : SET_ASIDE,
                CalibrationHtml.escape(p.personRef()),
                p.residual()));
      }
    }
    s.append(text(left, height - 12, String.format(Locale.UK, "−£%,.0f", extent)))
        .append(text((int) zero - 4, height - 12, "0"))
        .append(text(WIDTH - 60, height - 12, String.format(Locale.UK, "+£%,.0f", extent)));
    return s.append("</svg>").toString();
  }

  private static StringBuilder open(String title, int height) {
    return Html.svg(title, WIDTH, height);
  }

  private static String line(double x1, double y1, double x2, double y2, String colour) {
    return String.format(
        Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>",
        x1,
        y1,
        x2,
        y2,
        colour);
  }

  private static String text(int x, int y, String t) {
    return "<text x=\"" + x + "\" y=\"" + y + "\">" + CalibrationHtml.escape(t) + "</text>";
  }
}
