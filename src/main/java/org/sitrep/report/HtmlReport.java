package org.sitrep.report;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A report as one self-contained HTML page: inline CSS, charts and map in inline SVG, no script and
 * no address outside it but the links to articles, so it opens offline, can be mailed as one file,
 * and prints to PDF as it shows. A section is drawn only when it has something to say.
 *
 * <pre>{@code Files.writeString(out, HtmlReport.render(report, Links.RELATIVE))}</pre>
 */
public final class HtmlReport {
  private static final String STYLE =
      "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d1d1d;"
          + "max-width:960px;margin:24px auto;padding:0 16px}"
          + "h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;border-bottom:1px solid #ccc;"
          + "padding-bottom:3px;margin-top:28px}h3{font-size:16px;margin:16px 0 6px}"
          + ".note{color:#555;font-size:13px}table{border-collapse:collapse;width:100%}"
          + "th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #e2e2e2;vertical-align:top}"
          + "td.n{text-align:right;font-variant-numeric:tabular-nums}"
          + ".up{color:#b2182b}.down{color:#2166ac}"
          + "ol.events,ol.quotes{padding-left:22px}li.event,li.quote{margin-bottom:12px}"
          + ".meta{color:#444;font-size:13px}.date{color:#555;font-variant-numeric:tabular-nums}"
          + "blockquote{margin:4px 0;padding:2px 10px;border-left:3px solid #bbb;color:#333}"
          + ".links{font-size:13px}.links a{margin-right:10px}.code,.cameo{font-family:monospace}"
          + "svg.chart{max-width:100%;height:auto;display:block}figure{margin:12px 0}"
          + "figcaption{font-size:13px;color:#444}.key{display:inline-block;width:10px;height:10px;"
          + "margin:0 4px 0 10px}footer{margin-top:32px;font-size:12px;color:#555}"
          + "@media print{body{margin:0;max-width:none}h2{break-after:avoid}li{break-inside:avoid}"
          + "figure{break-inside:avoid}}";

  private HtmlReport() {}

  public static String render(Report report, Links links) {
    StringBuilder html = new StringBuilder(32_000);
    html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<meta name=\"referrer\" content=\"no-referrer\">")
        // no favicon request: a file has none and the server need not serve one
        .append("<link rel=\"icon\" href=\"data:,\">")
        // a second line of defence: even an escaping slip could run no script in this page
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" style-src 'unsafe-inline'; img-src data:\">")
        .append("<title>")
        .append(Html.text(report.title()))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>");
    header(html, report);
    if (report.now().events() == 0) {
      html.append("<p id=\"empty\">No stored events in this period")
          .append(
              report.request().describeSubject().isEmpty()
                  ? ""
                  : " for " + Html.text(report.request().describeSubject()))
          .append(".</p>");
    } else {
      headline(html, report);
      charts(html, report);
      movers(html, report);
      keyEvents(html, report, links);
      newActors(html, report);
      if (!report.quotes().isEmpty()) {
        html.append("<section id=\"quotes\"><h2>Who said what</h2>")
            .append(EventHtml.quotes(report.quotes(), links))
            .append("</section>");
      }
      disputed(html, report, links);
    }
    footer(html, report);
    return html.append("</body></html>").toString();
  }

  private static void header(StringBuilder html, Report report) {
    Period p = report.period();
    html.append("<header id=\"report-header\"><h1>")
        .append(Html.text(report.title()))
        .append("</h1><p class=\"note\" id=\"period-note\">Period ")
        .append(p)
        .append(": ")
        .append(Html.text(report.choice().note()))
        .append(". Compared with ")
        .append(p.before(1))
        .append("; baseline ")
        .append(p.before(Escalation.BASELINE_PERIODS).from())
        .append(" to ")
        .append(p.before(1).to())
        .append(". Made ")
        .append(report.generated())
        .append(" from the store; events are dated by when they happened.</p></header>");
  }

  private static void headline(StringBuilder html, Report report) {
    Figures now = report.now();
    Figures before = report.before();
    html.append("<section id=\"headline\"><h2>Headline figures</h2><table><thead><tr><th></th>")
        .append("<th>this period</th><th>period before</th><th>change</th></tr></thead><tbody>");
    row(
        html,
        "events",
        Long.toString(now.events()),
        Long.toString(before.events()),
        change(now.events(), before.events()));
    row(
        html,
        "material conflict share",
        Html.percent(now.conflictShare()),
        Html.percent(before.conflictShare()),
        points(now.conflictShare(), before.conflictShare()));
    row(
        html,
        "mean Goldstein score",
        Html.signed(now.meanGoldstein()),
        Html.signed(before.meanGoldstein()),
        difference(now.meanGoldstein(), before.meanGoldstein()));
    html.append("</tbody></table></section>");
  }

  private static void row(
      StringBuilder html, String name, String now, String before, String change) {
    html.append("<tr><th scope=\"row\">")
        .append(name)
        .append("</th><td class=\"n\">")
        .append(now)
        .append("</td><td class=\"n\">")
        .append(before)
        .append("</td><td class=\"n\">")
        .append(change)
        .append("</td></tr>");
  }

  static String change(long now, long before) {
    if (before == 0) {
      return now == 0 ? "no change" : "new (none before)";
    }
    double pct = 100.0 * (now - before) / before;
    return String.format(Locale.ROOT, "%+d (%+.0f%%)", now - before, pct).replace('-', '−');
  }

  static String points(OptionalDouble now, OptionalDouble before) {
    if (now.isEmpty() || before.isEmpty()) {
      return "n/a";
    }
    return String.format(
            Locale.ROOT, "%+.0f points", 100 * (now.getAsDouble() - before.getAsDouble()))
        .replace('-', '−');
  }

  static String difference(OptionalDouble now, OptionalDouble before) {
    if (now.isEmpty() || before.isEmpty()) {
      return "n/a";
    }
    return Html.signed(now.getAsDouble() - before.getAsDouble());
  }

  private static void charts(StringBuilder html, Report report) {
    html.append("<section id=\"charts\"><h2>Timeline, network and map</h2>");
    if (!report.timeline().isEmpty()) {
      html.append("<figure id=\"timeline\">").append(TimelineSvg.draw(report.timeline()));
      html.append("<figcaption>Events per day by quad class:");
      for (int quad = 1; quad <= 4; quad++) {
        html.append("<span class=\"key\" style=\"background:")
            .append(Html.quadColour(quad))
            .append("\"></span>")
            .append(Html.quadName(quad));
      }
      html.append("</figcaption></figure>");
    }
    if (!report.network().isEmpty()) {
      html.append("<figure id=\"network\">")
          .append(NetworkSvg.draw(report.network()))
          .append("<figcaption>The ")
          .append(report.network().size())
          .append(" busiest dyads: arrows from source to target, wider for more events, red for")
          .append(" hostile and blue for cooperative mean Goldstein scores.</figcaption></figure>");
    }
    if (!report.places().isEmpty()) {
      html.append("<figure id=\"map\">")
          .append(MapSvg.draw(report.places()))
          .append("<figcaption>Places of the period's events, sized by events, coloured by mean")
          .append(" Goldstein score (red hostile, blue cooperative); a hollow diamond is a country")
          .append(" named without a place in it (its centroid). Land: Natural Earth.</figcaption>")
          .append("</figure>");
    }
    html.append("</section>");
  }

  private static void movers(StringBuilder html, Report report) {
    if (!report.hasMovers()) {
      return;
    }
    html.append(
        "<section id=\"movers\"><h2>What is escalating or calming<a href=\"#method\">*</a></h2>");
    moverTable(html, "Escalating", "escalating", report.escalating());
    moverTable(html, "Calming", "calming", report.calming());
    html.append("</section>");
  }

  private static void moverTable(StringBuilder html, String title, String id, List<Mover> movers) {
    if (movers.isEmpty()) {
      return;
    }
    html.append("<h3>")
        .append(title)
        .append("</h3><table id=\"")
        .append(id)
        .append("\"><thead><tr><th>dyad or country</th><th>events</th><th>baseline per period</th>")
        .append("<th>z</th><th>mean Goldstein (before)</th><th>why</th></tr></thead><tbody>");
    for (Mover m : movers) {
      html.append("<tr class=\"mover\" data-key=\"")
          .append(Html.text(m.key()))
          .append("\"><td>")
          .append(Html.text(m.label()))
          .append("</td><td class=\"n\">")
          .append(m.events())
          .append(
              String.format(
                  Locale.ROOT, "</td><td class=\"n\">%.1f</td><td class=\"n\">", m.baselineMean()))
          .append(Html.signed(m.z()))
          .append("</td><td class=\"n\">")
          .append(Html.signed(m.goldsteinNow()))
          .append(" (")
          .append(Html.signed(m.goldsteinBefore()))
          .append(")</td><td class=\"note\">")
          .append(Html.text(m.why()))
          .append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  private static void keyEvents(StringBuilder html, Report report, Links links) {
    if (!report.hasKeyEvents()) {
      return;
    }
    html.append("<section id=\"key-events\"><h2>Key events</h2>");
    if (!report.mostSevere().isEmpty()) {
      html.append("<h3>Most severe</h3>")
          .append(EventHtml.events("severe", report.mostSevere(), links));
    }
    if (!report.mostReported().isEmpty()) {
      html.append("<h3>Most reported</h3>")
          .append(EventHtml.events("reported", report.mostReported(), links));
    }
    html.append("</section>");
  }

  private static void newActors(StringBuilder html, Report report) {
    if (report.newActors().isEmpty()) {
      return;
    }
    html.append("<section id=\"new-actors\"><h2>New actors</h2><p class=\"note\">In this period's")
        .append(" events and in none of the baseline's.</p><ul>");
    for (NewActor a : report.newActors()) {
      html.append("<li class=\"actor\"><b>")
          .append(Html.text(a.name()))
          .append("</b> <span class=\"code\">")
          .append(Html.text(a.code()))
          .append("</span>: ")
          .append(a.events())
          .append(a.events() == 1 ? " event" : " events")
          .append("</li>");
    }
    html.append("</ul></section>");
  }

  private static void disputed(StringBuilder html, Report report, Links links) {
    if (!report.hasDisputes()) {
      return;
    }
    html.append("<section id=\"disputed\"><h2>Disputed</h2>");
    if (!report.claimed().isEmpty()) {
      html.append(
              "<h3>Claimed by one side</h3><p class=\"note\">Told on the word of a claimant.</p>")
          .append(EventHtml.events("claimed", report.claimed(), links));
    }
    if (!report.contested().isEmpty()) {
      html.append("<h3>Contested</h3><p class=\"note\">Reports disagree on a figure, a claimant")
          .append(" or who did it to whom.</p>")
          .append(EventHtml.events("contested", report.contested(), links));
    }
    html.append("</section>");
  }

  private static void footer(StringBuilder html, Report report) {
    html.append("<footer><p id=\"method\">* ")
        .append(Html.text(Escalation.METHOD))
        .append(" Baseline events: ")
        .append(report.baselineEvents())
        .append(".</p><p>Made by sitrep from coded news: every event links to the sentence it was")
        .append(" coded from. Place data: GeoNames (CC-BY 4.0); land outline: Natural Earth.</p>")
        .append("</footer>");
  }
}
