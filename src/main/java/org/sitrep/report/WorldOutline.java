package org.sitrep.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The land outline as one SVG path in an equirectangular frame, from the Natural Earth geometry the
 * dashboard bundles (world-atlas's TopoJSON, in the jar at {@value #RESOURCE}). Empty when the jar
 * was built without the dashboard: the map then shows its graticule only.
 *
 * <p>TopoJSON keeps shared borders once, as arcs of quantized, delta-encoded points; a ring lists
 * its arcs by index, {@code ~i} for arc i reversed, each arc starting where the last one ended.
 *
 * <pre>{@code WorldOutline.path(x, y)  // "M12.5 40.1L..."}</pre>
 */
final class WorldOutline {
  static final String RESOURCE = "/org/sitrep/web/vendor/countries-110m.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<List<double[]>> ARCS = arcs();

  private WorldOutline() {}

  /** The land as an SVG path, longitude and latitude projected by {@code x} and {@code y}. */
  static String path(DoubleUnaryOperator x, DoubleUnaryOperator y) {
    @Nullable JsonNode land = Holder.LAND;
    if (land == null) {
      return "";
    }
    StringBuilder d = new StringBuilder();
    for (JsonNode geometry : land.path("geometries")) {
      JsonNode polygons = geometry.path("arcs");
      boolean multi = "MultiPolygon".equals(geometry.path("type").asText());
      for (JsonNode polygon : multi ? polygons : List.of(polygons)) {
        for (JsonNode ring : polygon) {
          ring(d, ring, x, y);
        }
      }
    }
    return d.toString();
  }

  private static void ring(
      StringBuilder d, JsonNode ring, DoubleUnaryOperator x, DoubleUnaryOperator y) {
    boolean first = true;
    double @Nullable [] last = null;
    double shift = 0;
    for (JsonNode index : ring) {
      int i = index.asInt();
      List<double[]> arc = ARCS.get(i < 0 ? ~i : i);
      int n = arc.size();
      for (int k = 0; k < n; k++) {
        double[] p = arc.get(i < 0 ? n - 1 - k : k);
        if (k == 0 && !first) {
          continue; // the arc starts where the last one ended
        }
        // a ring that crosses the antimeridian (Fiji, Chukotka) jumps across the whole frame:
        // it is drawn on past the edge instead, where the frame clips it, so no line or wedge
        // crosses the map
        if (last != null && p[0] - last[0] > 180) {
          shift -= 360;
        } else if (last != null && p[0] - last[0] < -180) {
          shift += 360;
        }
        last = p;
        d.append(first ? 'M' : 'L')
            .append(
                String.format(
                    Locale.ROOT,
                    "%.1f %.1f",
                    x.applyAsDouble(p[0] + shift),
                    y.applyAsDouble(p[1])));
        first = false;
      }
    }
    d.append('Z');
  }

  private static List<List<double[]>> arcs() {
    @Nullable JsonNode topology = Holder.TOPOLOGY;
    List<List<double[]>> arcs = new ArrayList<>();
    if (topology == null) {
      return arcs;
    }
    JsonNode scale = topology.path("transform").path("scale");
    JsonNode translate = topology.path("transform").path("translate");
    for (JsonNode arc : topology.path("arcs")) {
      List<double[]> points = new ArrayList<>();
      long qx = 0;
      long qy = 0;
      for (JsonNode delta : arc) {
        qx += delta.get(0).asLong();
        qy += delta.get(1).asLong();
        points.add(
            new double[] {
              qx * scale.get(0).asDouble() + translate.get(0).asDouble(),
              qy * scale.get(1).asDouble() + translate.get(1).asDouble()
            });
      }
      arcs.add(points);
    }
    return arcs;
  }

  /** The TopoJSON, read once per JVM; null when the jar has no dashboard. */
  private static final class Holder {
    static final @Nullable JsonNode TOPOLOGY = read();
    static final @Nullable JsonNode LAND =
        TOPOLOGY == null ? null : TOPOLOGY.path("objects").path("land");

    private static @Nullable JsonNode read() {
      try (InputStream in = WorldOutline.class.getResourceAsStream(RESOURCE)) {
        return in == null ? null : JSON.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled world outline " + RESOURCE, e);
      }
    }
  }
}
