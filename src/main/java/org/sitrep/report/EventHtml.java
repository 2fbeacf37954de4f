package org.sitrep.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.cameo.CameoNames;
import org.sitrep.model.Event;
import org.sitrep.store.Coverage;
import org.sitrep.store.SpokenQuote;
import org.sitrep.store.StoredEvent;

/**
 * One event or quote of a report as an HTML list item: what happened, its date, place, figure,
 * claimant and coverage, the sentence that says so, and links to its article (the outlet's address
 * and the dashboard's article view). Every word from an article goes through {@link Html#text}.
 *
 * <pre>{@code EventHtml.event(stored, links)  // "<li class=\"event\" ...>"}</pre>
 */
final class EventHtml {
  private static final CameoNames CAMEO = CameoNames.bundled();

  private EventHtml() {}

  static String events(String cssClass, List<StoredEvent> events, Links links) {
    StringBuilder html = new StringBuilder("<ol class=\"events " + cssClass + "\">");
    events.forEach(e -> html.append(event(e, links)));
    return html.append("</ol>").toString();
  }

  static String event(StoredEvent stored, Links links) {
    Event e = stored.event();
    StringBuilder html = new StringBuilder();
    html.append(
        String.format(
            Locale.ROOT,
            "<li class=\"event\" data-event-id=\"%d\" data-article-id=\"%s\">",
            stored.id(),
            Html.text(e.article())));
    html.append("<div class=\"what\"><span class=\"date\">")
        .append(e.date())
        .append("</span> <b>")
        .append(Html.text(e.source().name()))
        .append("</b>");
    e.target().ifPresent(t -> html.append(" → <b>").append(Html.text(t.name())).append("</b>"));
    html.append(": <span class=\"cameo\">")
        .append(Html.text(e.code().value()))
        .append(' ')
        .append(Html.text(CAMEO.name(e.code().value()).orElse("")))
        .append("</span></div>");
    html.append("<div class=\"meta\">")
        .append(Html.text(String.join(" · ", facts(stored))))
        .append("</div>");
    html.append("<blockquote class=\"evidence\">")
        .append(Html.text(e.evidence().text()))
        .append("</blockquote>");
    html.append("<div class=\"links\">");
    Html.webAddress(stored.url())
        .ifPresent(
            url ->
                html.append("<a class=\"article-url\" rel=\"noopener noreferrer\" href=\"")
                    .append(Html.text(url))
                    .append("\">")
                    .append(Html.text(stored.outlet().orElse("article")))
                    .append("</a> "));
    html.append("<a class=\"article-view\" href=\"")
        .append(Html.text(links.article(e.article(), stored.id())))
        .append("\">sentence in its article</a></div></li>");
    return html.toString();
  }

  /** The event's place, figure, claimant, score and coverage, those it has. */
  static List<String> facts(StoredEvent stored) {
    Event e = stored.event();
    List<String> facts = new ArrayList<>();
    e.location()
        .ifPresent(
            l ->
                facts.add(
                    "place: "
                        + l.name()
                        + (l.country().isEmpty() ? "" : " (" + l.country() + ")")));
    e.quantity().ifPresent(q -> facts.add("figure: " + q.text()));
    e.claimedBy().ifPresent(c -> facts.add("claimed by: " + c.name()));
    e.goldstein().ifPresent(g -> facts.add("Goldstein " + Html.signed(g)));
    Coverage c = stored.coverage();
    facts.add(
        c.sources()
            + (c.sources() == 1 ? " source, " : " sources, ")
            + c.mentions()
            + (c.mentions() == 1 ? " report" : " reports"));
    if (c.isContested()) {
      facts.add("reports disagree on: " + String.join(", ", c.contestedLabels()));
    }
    return facts;
  }

  static String quotes(List<SpokenQuote> quotes, Links links) {
    StringBuilder html = new StringBuilder("<ol class=\"quotes\">");
    for (SpokenQuote q : quotes) {
      String article = q.quote().quote().article();
      html.append("<li class=\"quote\" data-article-id=\"")
          .append(Html.text(article))
          .append("\"><b class=\"speaker\">")
          .append(Html.text(q.quote().quote().speakerText()))
          .append("</b>");
      q.quote()
          .quote()
          .speakerCode()
          .ifPresent(
              code ->
                  html.append(" <span class=\"code\">")
                      .append(Html.text(code.toString()))
                      .append("</span>"));
      html.append("<blockquote>")
          .append(Html.text(q.quote().quote().text()))
          .append("</blockquote><div class=\"links\">");
      q.published()
          .ifPresent(d -> html.append("<span class=\"date\">").append(d).append("</span> "));
      Html.webAddress(q.url())
          .ifPresent(
              url ->
                  html.append("<a class=\"article-url\" rel=\"noopener noreferrer\" href=\"")
                      .append(Html.text(url))
                      .append("\">")
                      .append(Html.text(q.outlet().orElse("article")))
                      .append("</a> "));
      html.append("<a class=\"article-view\" href=\"")
          .append(Html.text(links.article(article)))
          .append("\">in its article</a></div></li>");
    }
    return html.append("</ol>").toString();
  }
}
