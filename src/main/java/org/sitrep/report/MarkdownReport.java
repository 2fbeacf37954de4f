package org.sitrep.report;

import java.util.List;
import java.util.Locale;
import org.sitrep.store.SpokenQuote;
import org.sitrep.store.StoredEvent;

/**
 * A report as Markdown, for a chat or a ticket: the same sections as the HTML page without its
 * charts. Article words are escaped so that no Markdown renderer reads them as markup or HTML.
 *
 * <pre>{@code System.out.print(MarkdownReport.render(report, links))}</pre>
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  public static String render(Report report, Links links) {
    StringBuilder md = new StringBuilder();
    Period p = report.period();
    md.append("# ").append(text(report.title())).append("\n\n");
    md.append("Period ").append(p).append(": ").append(text(report.choice().note()));
    md.append(". Compared with ").append(p.before(1)).append(".\n\n");
    if (report.now().events() == 0) {
      md.append("No stored events in this period.\n");
      return md.toString();
    }
    Figures now = report.now();
    Figures before = report.before();
    md.append(
        "## Headline figures\n\n| | this period | period before | change |\n|---|---:|---:|---:|\n");
    md.append(
        String.format(
            Locale.ROOT,
            "| events | %d | %d | %s |%n",
            now.events(),
            before.events(),
            HtmlReport.change(now.events(), before.events())));
    md.append(
        String.format(
            Locale.ROOT,
            "| material conflict share | %s | %s | %s |%n",
            Html.percent(now.conflictShare()),
            Html.percent(before.conflictShare()),
            HtmlReport.points(now.conflictShare(), before.conflictShare())));
    md.append(
        String.format(
            Locale.ROOT,
            "| mean Goldstein score | %s | %s | %s |%n%n",
            Html.signed(now.meanGoldstein()),
            Html.signed(before.meanGoldstein()),
            HtmlReport.difference(now.meanGoldstein(), before.meanGoldstein())));
    movers(md, "Escalating", report.escalating());
    movers(md, "Calming", report.calming());
    events(md, "Key events: most severe", report.mostSevere(), links);
    events(md, "Key events: most reported", report.mostReported(), links);
    if (!report.newActors().isEmpty()) {
      md.append("## New actors\n\n");
      report
          .newActors()
          .forEach(
              a ->
                  md.append("- ")
                      .append(text(a.name()))
                      .append(" (")
                      .append(a.code())
                      .append("): ")
                      .append(a.events())
                      .append(" events\n"));
      md.append('\n');
    }
    quotes(md, report.quotes(), links);
    events(md, "Disputed: claimed by one side", report.claimed(), links);
    events(md, "Disputed: contested", report.contested(), links);
    md.append("---\n\n\\* ").append(text(Escalation.METHOD)).append('\n');
    return md.toString();
  }

  private static void movers(StringBuilder md, String title, List<Mover> movers) {
    if (movers.isEmpty()) {
      return;
    }
    md.append("## ").append(title).append("\\*\n\n");
    for (Mover m : movers) {
      md.append("- ").append(text(m.label())).append(": ").append(text(m.why())).append('\n');
    }
    md.append('\n');
  }

  private static void events(
      StringBuilder md, String title, List<StoredEvent> events, Links links) {
    if (events.isEmpty()) {
      return;
    }
    md.append("## ").append(title).append("\n\n");
    for (StoredEvent stored : events) {
      var e = stored.event();
      md.append("- ").append(e.date()).append(" **").append(text(e.source().name())).append("**");
      e.target().ifPresent(t -> md.append(" → **").append(text(t.name())).append("**"));
      md.append(" ").append(e.code().value()).append(": ");
      md.append(text(String.join(" · ", EventHtml.facts(stored)))).append("  \n  > ");
      md.append(text(e.evidence().text())).append("  \n  ");
      Html.webAddress(stored.url())
          .ifPresent(
              url ->
                  md.append("[")
                      .append(text(stored.outlet().orElse("article")))
                      .append("](<")
                      .append(url.replace(">", "%3E").replace(" ", "%20"))
                      .append(">) "));
      md.append("[sentence in its article](<")
          .append(links.article(e.article(), stored.id()))
          .append(">)\n");
    }
    md.append('\n');
  }

  private static void quotes(StringBuilder md, List<SpokenQuote> quotes, Links links) {
    if (quotes.isEmpty()) {
      return;
    }
    md.append("## Who said what\n\n");
    for (SpokenQuote q : quotes) {
      md.append("- **").append(text(q.quote().quote().speakerText())).append("**: “");
      md.append(text(q.quote().quote().text())).append("” ");
      md.append("[in its article](<")
          .append(links.article(q.quote().quote().article()))
          .append(">)\n");
    }
    md.append('\n');
  }

  /** Article words as Markdown text: markup characters and HTML escaped, lines joined. */
  static String text(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 8);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\n', '\r' -> out.append(' ');
        case '\\', '`', '*', '_', '[', ']', '#', '|', '!' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
