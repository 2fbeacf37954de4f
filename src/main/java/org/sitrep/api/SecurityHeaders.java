package org.sitrep.api;

import java.util.Map;

/** The headers every answer carries, the API's and the dashboard's, and the web server's errors. */
final class SecurityHeaders {
  /** Name to value. */
  static final Map<String, String> ALL =
      Map.of(
          // Article text is shown as text by the page; the policy makes any slip inert as well.
          "Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
              + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
              + " frame-ancestors 'none'",
          "X-Content-Type-Options",
          "nosniff",
          "Referrer-Policy",
          "no-referrer");

  private SecurityHeaders() {}
}
