package org.sitrep.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.sitrep.report.HtmlReport;
import org.sitrep.report.Links;
import org.sitrep.report.ReportBuilder;
import org.sitrep.report.ReportRequest;
import org.sitrep.store.Store;

/**
 * {@code GET /report?last=7d&country=UKR}: the situation report as the page {@code sitrep report}
 * writes, its article links opening the dashboard beside it. Parameters as {@link ReportRequest}
 * reads them; a bad one is a 400 naming it.
 *
 * <pre>{@code routes.get("/report", ctx -> ReportPage.send(ctx, store));}</pre>
 */
final class ReportPage {
  private ReportPage() {}

  static void send(Context ctx, Store store) {
    ReportRequest request = ReportRequest.of(ApiParams.params(ctx, Set.of()));
    String html =
        HtmlReport.render(
            ReportBuilder.build(store, request, LocalDate.now(ZoneId.systemDefault())),
            Links.RELATIVE);
    ctx.contentType("text/html; charset=utf-8").result(html);
  }
}
