package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;
import org.sitrep.model.SentenceDiagnostic;

/*
 * Design note. A missed gold event goes in the first bucket of MissCause that holds, so the
 * buckets add up to the misses and the biggest one is the next lever. Its sentences are those of
 * the coded article that are the gold's evidence by Normalized.sameEvidence (a gold evidence of
 * two sentences finds both; their actors and events are pooled). Actors are compared by country,
 * as the lenient score compares them ("IGOEUREEC" is "IGO"); the actors a sentence has are those
 * its resolved mentions name and those of the events coded from it, since an event's actor can
 * come from an agent ("Russian drones") that is no mention. A coded article without diagnostics
 * (one not from the pipeline) counts each sentence as parsed with only its events' actors.
 */

/** Puts each missed gold event of one article in its {@link MissCause} bucket. */
final class MissDiagnosis {
  /** One sentence as the buckets see it. */
  private record Reading(String text, boolean parsed, List<ActorCode> actors, List<Event> events) {}

  private final List<Reading> sentences;

  private MissDiagnosis(List<Reading> sentences) {
    this.sentences = List.copyOf(sentences);
  }

  /** The sentences of a coded article, with its diagnostics when it has them. */
  static MissDiagnosis of(CodedArticle coded) {
    Map<Integer, SentenceDiagnostic> diagnostics = new HashMap<>();
    for (SentenceDiagnostic d : coded.diagnostics()) {
      diagnostics.put(d.sentence(), d);
    }
    List<Reading> readings = new ArrayList<>();
    for (Sentence s : coded.sentences()) {
      Optional<SentenceDiagnostic> d = Optional.ofNullable(diagnostics.get(s.index()));
      readings.add(
          new Reading(
              s.text(),
              d.map(SentenceDiagnostic::parsed).orElse(true),
              d.map(SentenceDiagnostic::actors).orElse(List.of()),
              coded.events().stream().filter(e -> e.sentence() == s.index()).toList()));
    }
    return new MissDiagnosis(readings);
  }

  /** Only the sentences events were coded from, known by their evidence: all of them parsed. */
  static MissDiagnosis ofEvents(List<Event> events) {
    Map<String, List<Event>> bySentence = new LinkedHashMap<>();
    for (Event e : events) {
      bySentence.computeIfAbsent(e.evidence().text(), t -> new ArrayList<>()).add(e);
    }
    List<Reading> readings = new ArrayList<>();
    bySentence.forEach((text, coded) -> readings.add(new Reading(text, true, List.of(), coded)));
    return new MissDiagnosis(readings);
  }

  /** The bucket of a gold event that no prediction matched. */
  MissCause cause(GoldEvent gold) {
    List<Reading> found =
        sentences.stream().filter(s -> Normalized.sameEvidence(gold.evidence(), s.text())).toList();
    if (found.isEmpty()) {
      return MissCause.SENTENCE_NOT_FOUND;
    }
    if (found.stream().noneMatch(Reading::parsed)) {
      return MissCause.SENTENCE_NOT_PARSED;
    }
    Set<String> countries = countries(found);
    String source = Scorer.country(gold.source());
    if (!countries.contains(source)) {
      return MissCause.SOURCE_NOT_FOUND;
    }
    Optional<String> target = gold.target().map(Scorer::country);
    if (target.isPresent() && !countries.contains(target.get())) {
      return MissCause.TARGET_NOT_FOUND;
    }
    List<Event> events = found.stream().flatMap(s -> s.events().stream()).toList();
    if (events.isEmpty()) {
      return MissCause.NO_PREDICATE_CODED;
    }
    String to = target.orElse("");
    if (!to.isEmpty()
        && events.stream().anyMatch(e -> source(e).equals(to) && target(e).equals(source))) {
      return MissCause.OTHER_DIRECTION;
    }
    if (events.stream()
        .anyMatch(
            e ->
                source(e).equals(source)
                    && target(e).equals(to)
                    && !e.root().equals(gold.root()))) {
      return MissCause.OTHER_ROOT;
    }
    return MissCause.OTHER;
  }

  private static Set<String> countries(List<Reading> found) {
    Set<String> countries = new HashSet<>();
    for (Reading s : found) {
      s.actors().forEach(a -> countries.add(Scorer.country(a.value())));
      for (Event e : s.events()) {
        countries.add(source(e));
        e.target().ifPresent(t -> countries.add(Scorer.country(t.code().value())));
      }
    }
    return countries;
  }

  private static String source(Event e) {
    return Scorer.country(e.source().code().value());
  }

  private static String target(Event e) {
    return e.target().map(t -> Scorer.country(t.code().value())).orElse("");
  }
}
