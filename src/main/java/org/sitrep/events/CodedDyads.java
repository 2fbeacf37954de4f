package org.sitrep.events;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.coding.LeafSubstitution;
import org.sitrep.coding.Located;
import org.sitrep.coding.SentenceCoder;
import org.sitrep.discourse.Discourse;
import org.sitrep.discourse.Mention;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

/**
 * The events a sentence reports, from what the coder found: one per dyad and code ("Both Trump and
 * his allies said..."), without avoided actions, with statements recoded by their evaluation,
 * planned actions as intentions, targets joined by "as well as", and aid reported as a noun.
 */
final class CodedDyads {
  // CAMEO 010 "make statement": recoded by its evaluation (Evaluations) or dropped; what was said
  // is kept as a quote and as the claim on the events it reports
  private static final String STATEMENT = "010";

  private CodedDyads() {}

  static Collection<Located> of(
      SentenceCoder.Result result,
      LeafSubstitution substituted,
      AnnotatedSentence sentence,
      Discourse discourse) {
    List<Mention> mentions = discourse.mentions(sentence.index());
    Map<String, Located> located = new LinkedHashMap<>();
    for (SentenceCoder.CodedEvent e : result.events()) {
      located(e, substituted, sentence)
          .ifPresent(
              event -> {
                located.putIfAbsent(event.key(), event);
                for (Located also : Coordination.alsoTargets(event, sentence, mentions)) {
                  located.putIfAbsent(also.key(), also);
                }
              });
    }
    if (located.values().stream().allMatch(e -> e.target().isNone())) {
      AidReports.find(sentence, mentions, word -> discourse.claimant(sentence.index(), word))
          .ifPresent(
              aid -> {
                // the aid names whom the source's target-less event was for
                located.values().removeIf(e -> e.source().equals(aid.source()));
                located.put(aid.key(), aid);
              });
    }
    return located.values();
  }

  private static Optional<Located> located(
      SentenceCoder.CodedEvent e, LeafSubstitution substituted, AnnotatedSentence sentence) {
    boolean noTarget = !ActorCode.isActor(Optional.of(e.target()));
    if (!ActorCode.isActor(Optional.of(e.source()))
        || (noTarget && CameoCode.of(e.code()).needsTarget())) {
      return Optional.empty();
    }
    int verb = substituted.original(e.verb());
    if (verb >= 0 && Intentions.isAvoided(sentence.words(), verb)) {
      return Optional.empty();
    }
    String code = e.code();
    if (code.equals(STATEMENT)) {
      Optional<String> evaluation = Evaluations.recode(sentence.words(), verb);
      if (evaluation.isEmpty()) {
        return Optional.empty();
      }
      code = evaluation.get();
    }
    return Optional.of(
        new Located(
            ActorCode.of(e.source()),
            noTarget ? ActorCode.NONE : ActorCode.of(e.target()),
            CameoCode.of(Intentions.code(code, sentence.words(), verb)),
            substituted.original(e.verb()),
            substituted.original(e.sourceAt()),
            substituted.original(e.targetAt()),
            e.sourceText(),
            e.targetText()));
  }
}
