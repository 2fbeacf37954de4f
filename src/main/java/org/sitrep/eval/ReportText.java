package org.sitrep.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitrep.model.ActorCode;
import org.sitrep.model.Event;

/** Renders an {@link EvalReport} as text; see {@link EvalReport#format()}. */
final class ReportText {
  private static final int EVIDENCE_WIDTH = 72;

  private ReportText() {}

  static String render(EvalReport report) {
    StringBuilder out = new StringBuilder();
    for (ArticleScore article : report.articles()) {
      article(out, article);
      out.append('\n');
    }
    out.append("== summary: ")
        .append(report.articles().size())
        .append(" articles, micro-averaged\n");
    summary(out, "", report);
    causes(out, report.missedByCause());
    return out.toString();
  }

  /** Every bucket with its count and its share of the misses, in bucket order. */
  private static void causes(StringBuilder out, Map<MissCause, Integer> byCause) {
    int missed = byCause.values().stream().mapToInt(Integer::intValue).sum();
    out.append("missed by cause (").append(missed).append(" missed gold events):\n");
    byCause.forEach(
        (cause, count) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "  %-19s %4d  %s%n",
                    cause.label(),
                    count,
                    missed == 0
                        ? "  n/a"
                        : String.format(Locale.ROOT, "%5.1f%%", 100.0 * count / missed))));
  }

  private static void summary(StringBuilder out, String indent, Scores s) {
    out.append(indent).append(tally("lenient ", s.lenient()));
    out.append(indent).append(tally("exact   ", s.exact()));
    out.append(indent).append(share("dates   ", s.dates(), "matched events with a gold date"));
    out.append(indent)
        .append(share("quotes  ", s.quoteSpeakers(), "gold quotes with the right speaker"));
    out.append(indent)
        .append(share("quantity", s.quantities(), "matched events with a gold quantity"));
    out.append(indent)
        .append(share("location", s.locations(), "matched events with a gold location"));
  }

  static String tally(String name, Tally t) {
    return String.format(
        Locale.ROOT,
        "%s P %.3f  R %.3f  F1 %.3f  (%d of %d predicted, %d of %d gold)%n",
        name,
        t.precision(),
        t.recall(),
        t.f1(),
        t.matched(),
        t.predicted(),
        t.matched(),
        t.gold());
  }

  static String share(String name, Share s, String what) {
    String value = s.of() == 0 ? "n/a  " : String.format(Locale.ROOT, "%.3f", s.value());
    return String.format(
        Locale.ROOT, "%s %s  (%d of %d %s)%n", name, value, s.right(), s.of(), what);
  }

  private static void article(StringBuilder out, ArticleScore a) {
    out.append("== article ").append(a.article()).append('\n');
    summary(out, "  ", a);
    missed(out, a);
    section(out, "spurious predictions", a.spurious().size());
    for (Event e : a.spurious()) {
      out.append("    ")
          .append(ours(e))
          .append("  ")
          .append(evidence(e.evidence().text()))
          .append('\n');
    }
    List<EventPair> inexact = a.matched().stream().filter(p -> !p.exact()).toList();
    section(out, "matched leniently, codes differ", inexact.size());
    for (EventPair p : inexact) {
      out.append("    gold ")
          .append(gold(p.gold()))
          .append("  ours ")
          .append(ours(p.ours()))
          .append('\n');
    }
    wrongDetails(out, a);
    misattributed(out, a);
  }

  /** Missed gold events, each tagged with its bucket, then the buckets that hold any. */
  private static void missed(StringBuilder out, ArticleScore a) {
    section(out, "missed gold events", a.misses().size());
    for (Miss m : a.misses()) {
      out.append("    ")
          .append(gold(m.gold()))
          .append("  ")
          .append(evidence(m.gold().evidence()))
          .append("  [")
          .append(m.cause().label())
          .append("]\n");
    }
    if (!a.misses().isEmpty()) {
      out.append("  missed by cause: ")
          .append(
              a.missedByCause().entrySet().stream()
                  .filter(e -> e.getValue() > 0)
                  .map(e -> e.getKey().label() + " " + e.getValue())
                  .collect(Collectors.joining(", ")))
          .append('\n');
    }
  }

  /** Matched events whose date, quantity or location is wrong. */
  private static void wrongDetails(StringBuilder out, ArticleScore a) {
    List<EventPair> dates =
        a.matched().stream().filter(p -> p.dateJudged() && !p.dateRight()).toList();
    section(out, "wrong dates", dates.size());
    for (EventPair p : dates) {
      out.append("    gold ")
          .append(gold(p.gold()))
          .append("  ours ")
          .append(ours(p.ours()))
          .append('\n');
    }
    List<EventPair> quantities =
        a.matched().stream().filter(p -> p.quantityJudged() && !p.quantityRight()).toList();
    section(out, "wrong quantities", quantities.size());
    for (EventPair p : quantities) {
      out.append("    gold \"")
          .append(p.gold().quantity().orElse(""))
          .append("\"  ours ")
          .append(p.ours().quantity().map(q -> "\"" + q.text() + "\"").orElse("none"))
          .append("  ")
          .append(gold(p.gold()))
          .append('\n');
    }
    List<EventPair> locations =
        a.matched().stream().filter(p -> p.locationJudged() && !p.locationRight()).toList();
    section(out, "wrong locations", locations.size());
    for (EventPair p : locations) {
      out.append("    gold \"")
          .append(p.gold().location().orElse(""))
          .append("\"  ours ")
          .append(
              p.ours()
                  .location()
                  .map(l -> "\"" + l.name() + "\" (" + l.rule().label() + ")")
                  .orElse("none"))
          .append("  ")
          .append(gold(p.gold()))
          .append('\n');
    }
  }

  /** Gold quotes not found or given another speaker. */
  private static void misattributed(StringBuilder out, ArticleScore a) {
    List<QuoteOutcome> quotes = a.quotes().stream().filter(q -> !q.speakerRight()).toList();
    section(out, "quotes not found or misattributed", quotes.size());
    for (QuoteOutcome q : quotes) {
      out.append("    ")
          .append(q.found() ? "speaker " : "missed  ")
          .append(evidence(q.gold().startsWith()))
          .append("  gold ")
          .append(q.gold().speaker())
          .append(" (")
          .append(q.gold().speakerActor().orElse("no code"))
          .append(")");
      q.ours()
          .ifPresent(
              mine ->
                  out.append("  ours ")
                      .append(mine.speakerText())
                      .append(" (")
                      .append(mine.speakerCode().map(ActorCode::value).orElse("no code"))
                      .append(")"));
      out.append('\n');
    }
  }

  private static void section(StringBuilder out, String title, int count) {
    if (count > 0) {
      out.append("  ").append(title).append(" (").append(count).append("):\n");
    }
  }

  private static String gold(GoldEvent g) {
    return g.source()
        + " -> "
        + g.target().orElse("-")
        + " "
        + g.code()
        + " "
        + g.date().map(GoldDate::toString).orElse("(no date)");
  }

  private static String ours(Event e) {
    return "s"
        + e.sentence()
        + " "
        + e.source().code()
        + " -> "
        + e.target().map(a -> a.code().value()).orElse("-")
        + " "
        + e.code()
        + " "
        + e.date()
        + " ("
        + e.datePrecision().label()
        + ")";
  }

  private static String evidence(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return "\""
        + (flat.length() <= EVIDENCE_WIDTH ? flat : flat.substring(0, EVIDENCE_WIDTH - 3) + "...")
        + "\"";
  }
}
