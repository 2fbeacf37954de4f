package org.sitrep.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.sitrep.merge.SameEvent;
import org.sitrep.model.Event;

/*
 * Design note. Grouping is scored on the reports both sides know: each gold report (a sentence of
 * an article stating a gold event) is paired with at most one stored mention of the same article
 * whose sentence contains it or is contained in it, whose actors' countries include the gold
 * actors' (either direction: a contested report may name the other side first) and whose code is
 * of the gold event's root (or, for the gold roots 18-20, of that family): a mention coded from
 * the sentence as another kind of event (the accusation in "Manila accused Beijing of ramming")
 * reports that other event, not this one. Over every two paired reports, gold says same event or not, sitrep says same event
 * or not: pairwise precision, recall and F1, as entity-resolution work scores clusterings. Gold
 * reports sitrep did not code are counted apart (coverage), since merging cannot group what was
 * never coded. A contested gold event is found when the stored event holding most of its paired
 * reports is flagged contested; it can only be judged with two or more paired reports.
 */

/** Scores how sitrep merged reports into events against gold clusters. */
public final class ClusterScorer {
  private ClusterScorer() {}

  /** A stored mention: the event it was merged into, whether that event is contested, and it. */
  public record Reported(long eventId, boolean contested, Event event) {
    public Reported {
      Objects.requireNonNull(event, "event");
    }
  }

  /** The scores of {@code reported} (every stored mention) against {@code gold}. */
  public static ClusterScores score(List<GoldCluster> gold, List<Reported> reported) {
    Scoring scoring = new Scoring(reported);
    gold.forEach(scoring::add);
    scoring.listMixedEvents();
    return scoring.scores(gold.size());
  }

  /** The pairing of gold reports with stored ones, built one gold event at a time. */
  private static final class Scoring {
    private final Map<String, List<Reported>> byArticle = new LinkedHashMap<>();
    private final Set<Reported> used =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final List<String> goldOf = new ArrayList<>();
    private final List<Reported> pairedWith = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private int reports;
    private int contested;
    private int judged;
    private int flagged;

    Scoring(List<Reported> reported) {
      reported.forEach(
          r -> byArticle.computeIfAbsent(r.event().article(), a -> new ArrayList<>()).add(r));
    }

    void add(GoldCluster cluster) {
      Map<Long, Integer> events = new LinkedHashMap<>();
      Map<Long, Boolean> eventContested = new LinkedHashMap<>();
      for (GoldCluster.GoldReport report : cluster.mentions()) {
        reports++;
        @Nullable Reported match =
            pair(cluster, report, byArticle.getOrDefault(report.article(), List.of()), used);
        if (match != null) {
          used.add(match);
          goldOf.add(cluster.id());
          pairedWith.add(match);
          events.merge(match.eventId(), 1, Integer::sum);
          eventContested.put(match.eventId(), match.contested());
        }
      }
      int paired = events.values().stream().mapToInt(Integer::intValue).sum();
      lines.add(
          String.format(
              Locale.ROOT,
              "%s: %d of %d reports coded, in %d stored event(s) %s%s",
              cluster.id(),
              paired,
              cluster.mentions().size(),
              events.size(),
              tally(events),
              cluster.contested() ? verdict(events, eventContested, paired) : ""));
    }

    /** Whether the stored event holding most of a contested gold event's reports is flagged. */
    private String verdict(Map<Long, Integer> events, Map<Long, Boolean> flags, int paired) {
      contested++;
      if (paired < 2) {
        return "; contested: too few reports coded to judge";
      }
      judged++;
      long main =
          events.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      boolean found = flags.getOrDefault(main, false);
      flagged += found ? 1 : 0;
      return found ? "; contested: flagged" : "; contested: NOT flagged";
    }

    /** A line for each stored event that holds reports of several gold events. */
    void listMixedEvents() {
      Map<Long, Map<String, Integer>> holds = new LinkedHashMap<>();
      for (int i = 0; i < pairedWith.size(); i++) {
        holds
            .computeIfAbsent(pairedWith.get(i).eventId(), id -> new LinkedHashMap<>())
            .merge(goldOf.get(i), 1, Integer::sum);
      }
      holds.forEach(
          (id, golds) -> {
            if (golds.size() > 1) {
              lines.add("#" + id + " holds reports of several gold events: " + golds);
            }
          });
    }

    ClusterScores scores(int events) {
      long together = 0;
      long goldTogether = 0;
      long both = 0;
      for (int i = 0; i < pairedWith.size(); i++) {
        for (int j = i + 1; j < pairedWith.size(); j++) {
          boolean sameGold = goldOf.get(i).equals(goldOf.get(j));
          boolean samePredicted = pairedWith.get(i).eventId() == pairedWith.get(j).eventId();
          together += samePredicted ? 1 : 0;
          goldTogether += sameGold ? 1 : 0;
          both += sameGold && samePredicted ? 1 : 0;
        }
      }
      return new ClusterScores(
          events,
          reports,
          pairedWith.size(),
          together,
          goldTogether,
          both,
          contested,
          judged,
          flagged,
          lines);
    }
  }

  /** The stored events and how many reports each holds: "[#12 x3, #15 x1]". */
  private static String tally(Map<Long, Integer> events) {
    List<String> parts = new ArrayList<>();
    events.forEach((id, n) -> parts.add("#" + id + " x" + n));
    return parts.toString();
  }

  private static @Nullable Reported pair(
      GoldCluster cluster,
      GoldCluster.GoldReport report,
      List<Reported> candidates,
      Set<Reported> used) {
    @Nullable Reported best = null;
    for (Reported r : candidates) {
      if (used.contains(r) || !sameSentence(report.evidence(), r.event().evidence().text())) {
        continue;
      }
      if (!countries(r.event()).containsAll(goldCountries(report))) {
        continue;
      }
      if (r.event().root().equals(cluster.root())) {
        return r;
      }
      if (best == null && SameEvent.family(cluster.root()).contains(r.event().root())) {
        best = r;
      }
    }
    return best;
  }

  private static boolean sameSentence(String gold, String coded) {
    String g = normal(gold);
    String c = normal(coded);
    return !c.isEmpty() && (g.contains(c) || c.contains(g));
  }

  private static String normal(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static Set<String> countries(Event event) {
    Set<String> found = new TreeSet<>();
    found.add(event.source().code().country());
    event.target().ifPresent(t -> found.add(t.code().country()));
    return found;
  }

  private static Set<String> goldCountries(GoldCluster.GoldReport report) {
    Set<String> found = new TreeSet<>();
    for (String code : List.of(report.source(), report.target())) {
      if (!code.isBlank()) {
        found.add(code.length() <= 3 ? code : code.substring(0, 3));
      }
    }
    return found;
  }
}
