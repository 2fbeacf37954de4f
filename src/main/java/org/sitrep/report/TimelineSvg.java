package org.sitrep.report;

import java.util.List;
import java.util.Locale;

/**
 * The period's events per day as stacked bars by quad class, drawn as inline SVG: no script, no
 * library, so the page shows it offline and a PDF prints it.
 *
 * <pre>{@code String svg = TimelineSvg.draw(report.timeline());}</pre>
 */
final class TimelineSvg {
  static final int WIDTH = 900;
  static final int HEIGHT = 220;
  private static final int LEFT = 44;
  private static final int BOTTOM = 28;
  private static final int TOP = 12;
  private static final int[] STACK = {4, 3, 2, 1, 0};

  private TimelineSvg() {}

  static String draw(List<DayBar> days) {
    long max = Math.max(1, days.stream().mapToLong(DayBar::total).max().orElse(1));
    double plotW = WIDTH - LEFT - 8.0;
    double plotH = HEIGHT - TOP - BOTTOM;
    double slot = plotW / Math.max(1, days.size());
    double barW = Math.max(1, slot * 0.8);
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg id=\"timeline-chart\" class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
                + " role=\"img\" aria-label=\"Events per day by quad class\">",
            WIDTH,
            HEIGHT,
            WIDTH,
            HEIGHT));
    axis(svg, max, plotH);
    for (int i = 0; i < days.size(); i++) {
      DayBar day = days.get(i);
      double x = LEFT + i * slot + (slot - barW) / 2;
      double y = TOP + plotH;
      for (int quad : STACK) {
        long n = day.byQuad().get(quad);
        if (n == 0) {
          continue;
        }
        double h = plotH * n / max;
        y -= h;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect class=\"bar q%d\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                    + " fill=\"%s\"><title>%s, %s: %d</title></rect>",
                quad,
                x,
                y,
                barW,
                h,
                Html.quadColour(quad),
                day.date(),
                Html.quadName(quad),
                n));
      }
    }
    dates(svg, days, slot);
    return svg.append("</svg>").toString();
  }

  private static void axis(StringBuilder svg, long max, double plotH) {
    double base = TOP + plotH;
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#444\"/>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%.1f\" stroke=\"#444\"/>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%d</text>"
                + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">0</text>",
            LEFT,
            base,
            WIDTH - 8,
            base,
            LEFT,
            TOP,
            LEFT,
            base,
            LEFT - 4,
            TOP + 10,
            max,
            LEFT - 4,
            base));
  }

  /** A few dates under the bars: the first, the last, and evenly between when there is room. */
  private static void dates(StringBuilder svg, List<DayBar> days, double slot) {
    int every = Math.max(1, (int) Math.ceil(days.size() / 8.0));
    for (int i = 0; i < days.size(); i += every) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
              LEFT + i * slot + slot / 2,
              HEIGHT - 10,
              days.get(i).date().toString().substring(5)));
    }
  }
}
