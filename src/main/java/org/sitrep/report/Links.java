package org.sitrep.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where a report's links to the dashboard's article view go: relative ({@code ./}) in the page the
 * server gives, the dashboard's address in a file.
 *
 * <pre>
 * {@code new Links("http://127.0.0.1:8080/").article("seed", 42)  // ".../?article=seed&event=42"}
 * </pre>
 */
public record Links(String dashboard) {
  public Links {
    Objects.requireNonNull(dashboard, "dashboard");
    if (!dashboard.endsWith("/")) {
      dashboard = dashboard + "/";
    }
  }

  /** Links inside the server's own pages. */
  public static final Links RELATIVE = new Links("./");

  /** The article opened in the dashboard with the event's sentence marked. */
  public String article(String articleId, long eventId) {
    return article(articleId) + "&event=" + eventId;
  }

  public String article(String articleId) {
    return dashboard + "?article=" + URLEncoder.encode(articleId, StandardCharsets.UTF_8);
  }
}
