package org.sitrep.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The period's busiest dyads as a network in inline SVG: actors on a circle (sized by their
 * events), an arrow per dyad (width by events, colour by mean Goldstein).
 *
 * <pre>{@code String svg = NetworkSvg.draw(report.network());}</pre>
 */
final class NetworkSvg {
  static final int WIDTH = 900;
  static final int HEIGHT = 480;
  private static final double RADIUS = 175;

  private NetworkSvg() {}

  static String draw(List<Link> links) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Long> events = new LinkedHashMap<>();
    for (Link l : links) {
      names.putIfAbsent(l.source(), l.sourceName());
      names.putIfAbsent(l.target(), l.targetName());
      events.merge(l.source(), l.events(), Long::sum);
      events.merge(l.target(), l.events(), Long::sum);
    }
    List<String> codes = new ArrayList<>(names.keySet());
    Map<String, double[]> at = new LinkedHashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      double angle = 2 * Math.PI * i / codes.size() - Math.PI / 2;
      at.put(
          codes.get(i),
          new double[] {
            WIDTH / 2.0 + RADIUS * 1.6 * Math.cos(angle), HEIGHT / 2.0 + RADIUS * Math.sin(angle)
          });
    }
    long most = Math.max(1, links.stream().mapToLong(Link::events).max().orElse(1));
    long busiest = Math.max(1, events.values().stream().mapToLong(Long::longValue).max().orElse(1));
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg id=\"network-chart\" class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
                + " role=\"img\" aria-label=\"Dyad network\"><defs><marker id=\"arrow\""
                + " viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\" markerHeight=\"9\""
                + " markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555\"/>"
                + "</marker></defs>",
            WIDTH,
            HEIGHT,
            WIDTH,
            HEIGHT));
    for (Link l : links) {
      edge(svg, l, point(at, l.source()), point(at, l.target()), most);
    }
    for (String code : codes) {
      node(
          svg,
          code,
          names.getOrDefault(code, code),
          events.getOrDefault(code, 0L),
          point(at, code),
          busiest);
    }
    return svg.append("</svg>").toString();
  }

  private static double[] point(Map<String, double[]> at, String code) {
    return at.getOrDefault(code, new double[] {WIDTH / 2.0, HEIGHT / 2.0});
  }

  private static void edge(StringBuilder svg, Link l, double[] from, double[] to, long most) {
    // stop short of the target's circle so the arrowhead shows
    double dx = to[0] - from[0];
    double dy = to[1] - from[1];
    double length = Math.max(1, Math.hypot(dx, dy));
    double end = Math.max(0, length - 16) / length;
    svg.append(
        String.format(
            Locale.ROOT,
            "<line class=\"edge\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                + " stroke-width=\"%.1f\" stroke-opacity=\"0.8\" marker-end=\"url(#arrow)\">"
                + "<title>%s → %s: %d events, mean Goldstein %s</title></line>",
            from[0],
            from[1],
            from[0] + dx * end,
            from[1] + dy * end,
            Html.goldsteinColour(l.meanGoldstein()),
            1 + 6.0 * l.events() / most,
            Html.text(l.sourceName()),
            Html.text(l.targetName()),
            l.events(),
            Html.signed(l.meanGoldstein())));
  }

  private static void node(
      StringBuilder svg, String code, String name, long events, double[] p, long busiest) {
    double r = 5 + 9 * Math.sqrt((double) events / busiest);
    boolean right = p[0] >= WIDTH / 2.0;
    svg.append(
        String.format(
            Locale.ROOT,
            "<g class=\"node\" data-code=\"%s\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\""
                + " fill=\"#f5f5f5\" stroke=\"#333\"><title>%s (%s): %d events</title></circle>"
                + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"%s\">%s</text></g>",
            Html.text(code),
            p[0],
            p[1],
            r,
            Html.text(name),
            Html.text(code),
            events,
            p[0] + (right ? r + 4 : -r - 4),
            p[1] + 4,
            right ? "start" : "end",
            Html.text(name)));
  }
}
