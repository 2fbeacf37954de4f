package org.sitrep.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.AnnotatedSentence;
import org.sitrep.discourse.Discourse;
import org.sitrep.model.ActorCode;
import org.sitrep.model.SentenceDiagnostic;

/**
 * The per-sentence diagnostics of a coded article: which sentences were parsed and the actor codes
 * each one's resolved mentions name (pronouns through what they refer to).
 *
 * <pre>{@code SentenceDiagnostics.of(discourse, List.of(0, 2))  // sentences 0 and 2 parsed}</pre>
 */
final class SentenceDiagnostics {
  private SentenceDiagnostics() {}

  static List<SentenceDiagnostic> of(Discourse discourse, List<Integer> parsed) {
    Set<Integer> wasParsed = new HashSet<>(parsed);
    return discourse.sentences().stream()
        .map(s -> diagnostic(s, wasParsed.contains(s.index()), discourse))
        .toList();
  }

  private static SentenceDiagnostic diagnostic(
      AnnotatedSentence sentence, boolean parsed, Discourse discourse) {
    List<ActorCode> actors =
        discourse.mentions(sentence.index()).stream()
            .map(m -> m.resolved().code())
            .filter(ActorCode::isActor)
            .map(code -> ActorCode.of(code.orElseThrow()))
            .distinct()
            .toList();
    return new SentenceDiagnostic(sentence.index(), parsed, actors);
  }
}
