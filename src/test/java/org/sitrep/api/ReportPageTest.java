package org.sitrep.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Articles;
import org.sitrep.store.Store;

/** {@code GET /report}: the report page with the security headers, and a bad parameter a 400. */
class ReportPageTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir static Path dir;
  private static Store store;
  private static ApiServer server;

  @BeforeAll
  static void serve() {
    store = Store.open(dir.resolve("page.db").toString());
    store.save(
        Articles.article("one", "2025-05-09", "Wire")
            .event(
                "Russia shelled Sumy <b>today</b>.", "2025-05-09", "RUSMIL", "UKR", "190", 4, -10.0)
            .coded());
    server =
        ApiServer.start(
            store,
            () -> {
              throw new AssertionError("no posting");
            },
            new ApiServer.Options("127.0.0.1", 0, Optional.empty()));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theReportIsAnHtmlPageOfItsCountryWithTheSecurityHeaders() throws Exception {
    HttpResponse<String> page = get("/report?last=7d&country=UKR");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(page.body())
        .contains(
            "Situation report, country UKR: 2025-05-03 to 2025-05-09",
            "Sumy &lt;b&gt;today&lt;/b&gt;")
        .contains("href=\"./?article=one&amp;event=");
  }

  @Test
  void aBadParameterIsA400NamingIt() throws Exception {
    assertThat(get("/report?last=36h").statusCode()).isEqualTo(400);
    HttpResponse<String> unknown = get("/report?quad=4");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("unknown parameter quad");
  }
}
