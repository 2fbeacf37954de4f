package org.sitrep.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sitrep.store.PlaceCount;

/**
 * The period's places on a world map in inline SVG: longitude and latitude projected onto a plain
 * equirectangular frame over the bundled land outline, each place a circle sized by its events and
 * coloured by mean Goldstein; a place that is a whole country (its centroid) a hollow diamond.
 *
 * <pre>{@code String svg = MapSvg.draw(report.places());}</pre>
 */
final class MapSvg {
  static final int WIDTH = 900;
  static final int HEIGHT = 450;
  private static final int LABELS = 8;
  private static final String LAND = WorldOutline.path(MapSvg::x, MapSvg::y);

  private MapSvg() {}

  static double x(double lon) {
    return (lon + 180) / 360 * WIDTH;
  }

  static double y(double lat) {
    return (90 - lat) / 180 * HEIGHT;
  }

  static String draw(List<PlaceCount> places) {
    long most = Math.max(1, places.stream().mapToLong(PlaceCount::events).max().orElse(1));
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg id=\"map-chart\" class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
                + " role=\"img\" aria-label=\"Map of places\"><rect width=\"%d\" height=\"%d\""
                + " fill=\"#eef4f8\"/>",
            WIDTH,
            HEIGHT,
            WIDTH,
            HEIGHT,
            WIDTH,
            HEIGHT));
    graticule(svg);
    if (!LAND.isEmpty()) {
      svg.append(
              "<path class=\"land\" fill=\"#dcdcd2\" stroke=\"#b0b0a0\" stroke-width=\"0.5\" d=\"")
          .append(LAND)
          .append("\"/>");
    }
    // the biggest first, so the small ones stay on top and visible
    List<PlaceCount> drawn =
        places.stream().sorted(Comparator.comparingLong(PlaceCount::events).reversed()).toList();
    drawn.forEach(p -> place(svg, p, most));
    drawn.stream().filter(p -> !isCountry(p)).limit(LABELS).forEach(p -> label(svg, p));
    return svg.append("</svg>").toString();
  }

  private static void graticule(StringBuilder svg) {
    for (int lon = -150; lon <= 150; lon += 30) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#d0dce6\" stroke-width=\"0.5\"/>",
              x(lon),
              x(lon),
              HEIGHT));
    }
    for (int lat = -60; lat <= 60; lat += 30) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"0\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d0dce6\" stroke-width=\"0.5\"/>",
              y(lat),
              WIDTH,
              y(lat)));
    }
  }

  private static boolean isCountry(PlaceCount p) {
    return "country".equals(p.type());
  }

  private static void place(StringBuilder svg, PlaceCount p, long most) {
    double r = 3 + 9 * Math.sqrt((double) p.events() / most);
    double cx = x(p.lon());
    double cy = y(p.lat());
    String colour = Html.goldsteinColour(p.meanGoldstein());
    String title =
        String.format(
            Locale.ROOT,
            "<title>%s (%s): %d events, %d sources, mean Goldstein %s</title>",
            Html.text(p.name()),
            Html.text(p.country()),
            p.events(),
            p.sources(),
            Html.signed(p.meanGoldstein()));
    if (isCountry(p)) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<path class=\"place country\" d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fL%.1f %.1fZ\""
                  + " fill=\"none\" stroke=\"%s\" stroke-width=\"2\">%s</path>",
              cx,
              cy - r,
              cx + r,
              cy,
              cx,
              cy + r,
              cx - r,
              cy,
              colour,
              title));
    } else {
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle class=\"place\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\""
                  + " fill-opacity=\"0.75\" stroke=\"#333\" stroke-width=\"0.5\">%s</circle>",
              cx,
              cy,
              r,
              colour,
              title));
    }
  }

  private static void label(StringBuilder svg, PlaceCount p) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">%s</text>",
            x(p.lon()) + 8,
            y(p.lat()) + 4,
            Html.text(p.name())));
  }
}
