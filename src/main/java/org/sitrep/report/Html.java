package org.sitrep.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Text as HTML text: every character that could open markup or leave an attribute is escaped, so
 * nothing an article says can become an element, an attribute or a script. Addresses are kept only
 * when they are http or https.
 *
 * <pre>{@code Html.text("<script>")  // "&lt;script&gt;"}</pre>
 */
final class Html {
  private Html() {}

  /** Escaped for element content and for quoted attribute values alike. */
  static String text(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // control characters other than tab and newline are dropped: they have no place in a page
          if (c >= 0x20 || c == '\t' || c == '\n') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** The address if it is a well-formed http(s) URL: a "javascript:" link would run on a click. */
  static Optional<String> webAddress(Optional<String> url) {
    return url.filter(Html::isWeb);
  }

  private static boolean isWeb(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** A number with one decimal and its sign: "+2.5", "−7.0"; "n/a" when empty. */
  static String signed(OptionalDouble value) {
    return value.isPresent() ? signed(value.getAsDouble()) : "n/a";
  }

  static String signed(double value) {
    return String.format(Locale.ROOT, "%+.1f", value).replace('-', '−');
  }

  static String percent(OptionalDouble share) {
    return share.isPresent()
        ? String.format(Locale.ROOT, "%.0f%%", 100 * share.getAsDouble())
        : "n/a";
  }

  /** A colour for a Goldstein score: red for −10, grey for 0, blue for +10. */
  static String goldsteinColour(OptionalDouble score) {
    if (score.isEmpty()) {
      return "#888888";
    }
    double t = Math.max(-1, Math.min(1, score.getAsDouble() / 10));
    int[] grey = {136, 136, 136};
    int[] end = t < 0 ? new int[] {200, 30, 30} : new int[] {30, 90, 200};
    double a = Math.abs(t);
    return String.format(
        Locale.ROOT,
        "#%02x%02x%02x",
        Math.round(grey[0] + (end[0] - grey[0]) * a),
        Math.round(grey[1] + (end[1] - grey[1]) * a),
        Math.round(grey[2] + (end[2] - grey[2]) * a));
  }

  /** The colour of a quad class (0 for codes outside CAMEO). */
  static String quadColour(int quad) {
    return switch (quad) {
      case 1 -> "#74add1";
      case 2 -> "#1a9850";
      case 3 -> "#fdae61";
      case 4 -> "#d73027";
      default -> "#999999";
    };
  }

  static String quadName(int quad) {
    return switch (quad) {
      case 1 -> "verbal cooperation";
      case 2 -> "material cooperation";
      case 3 -> "verbal conflict";
      case 4 -> "material conflict";
      default -> "outside CAMEO";
    };
  }
}
