package org.sitrep.discourse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.annotate.Dateline;
import org.sitrep.model.ActorCode;

/*
 * Design note. "Police fired tear gas", "the Interior Ministry said", "President William Ruto":
 * news leaves out the country of the story's own institutions. The story's country is the one it
 * names most, when it names it at least twice as often as any other ("warplanes" in a US-Iran-Yemen
 * story have no home). Failing that, the dateline says where the story is told from ("KINSHASA
 * -"), and that is its home when the article names that country about as often as the most named
 * one; a dateline where foreigners meet ("GENEVA" for US-China talks) is not.
 */

/** The country an article is about, if one is. */
final class HomeCountry {
  private HomeCountry() {}

  static Optional<String> of(DiscourseDraft draft) {
    int dateline = datelineLength(draft);
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int s = 0; s < draft.sentences().size(); s++) {
      for (Mention m : draft.mentions(s)) {
        // what the article names, not what its pronouns were taken to mean
        if ((s > 0 || m.start() >= dateline) && !m.isPronoun()) {
          country(m).ifPresent(c -> counts.merge(c, 1, Integer::sum));
        }
      }
    }
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    if (ranked.isEmpty()) {
      return Optional.empty();
    }
    int most = ranked.get(0).getValue();
    if (ranked.size() == 1 || most >= 2 * ranked.get(1).getValue()) {
      return Optional.of(ranked.get(0).getKey());
    }
    // the dateline itself is not counted: "GENEVA -" alone does not make a story Swiss
    return datelineCountry(draft, dateline)
        .filter(c -> counts.containsKey(c) && 2 * counts.get(c) >= most);
  }

  /** The country of the place that opens the article ("KINSHASA -", "MUSCAT, Oman -"). */
  private static Optional<String> datelineCountry(DiscourseDraft draft, int length) {
    if (length == 0) {
      return Optional.empty();
    }
    return draft.mentions(0).stream()
        .filter(m -> m.end() <= length)
        .map(HomeCountry::country)
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static int datelineLength(DiscourseDraft draft) {
    if (draft.sentences().isEmpty()) {
      return 0;
    }
    AnnotatedSentence first = draft.sentences().get(0);
    return Dateline.length(first.words());
  }

  private static Optional<String> country(Mention m) {
    Optional<String> code = m.resolved().code();
    if (ActorCode.isActor(code) && !code.get().startsWith("IGO")) {
      return Optional.of(ActorCode.of(code.get()).country());
    }
    return Optional.empty();
  }
}
