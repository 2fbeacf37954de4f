package org.sitrep.discourse;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.Word;

/*
 * Design note. News prose is written so that "he" means the person the paragraph is about: the
 * subject of the clause or of the sentence before. Without a full coreference model (CoreNLP's
 * needs the dependency parse of every sentence, which costs more than the whole pipeline), the
 * resolver approximates the subject: person mentions that are not the object of a preposition
 * ("to Trump") and not a possessive ("Trump's calls"). In the pronoun's own sentence the nearest
 * such person before it wins ("Putin sent a message to Trump in which he showed"); otherwise the
 * first such person of the nearest earlier sentence that has one, up to two sentences back
 * ("Zelenskyy described the call with Trump. He also urged..."). Pronouns inside a quote only
 * look at mentions inside the same quote or before it.
 */

/**
 * Resolves third-person pronouns (he, she, him) to the person they refer to.
 *
 * <pre>{@code PronounResolver.resolve(discourse)}</pre>
 */
public final class PronounResolver {
  private static final int LOOK_BACK = 2;
  private static final Set<String> PREPOSITIONS = Set.of("IN", "TO");

  private PronounResolver() {}

  public static void resolve(Discourse discourse) {
    for (int s = 0; s < discourse.sentences().size(); s++) {
      for (Mention mention : discourse.mentions(s)) {
        if (mention.kind() == Mention.Kind.PRONOUN) {
          antecedent(discourse, mention).ifPresent(a -> discourse.replace(mention, mention.resolvedTo(a)));
        }
      }
    }
  }

  private static Optional<Mention> antecedent(Discourse discourse, Mention pronoun) {
    List<Mention> own = discourse.mentions(pronoun.sentence());
    Mention fallback = null;
    for (int k = own.size() - 1; k >= 0; k--) {
      Mention m = own.get(k);
      if (m.end() > pronoun.start() || !isPerson(m)) {
        continue;
      }
      if (isSubjectLike(discourse, m)) {
        return Optional.of(m);
      }
      if (fallback == null) {
        fallback = m;
      }
    }
    for (int s = pronoun.sentence() - 1; s >= Math.max(0, pronoun.sentence() - LOOK_BACK); s--) {
      Mention first = null;
      for (Mention m : discourse.mentions(s)) {
        if (isPerson(m) && isSubjectLike(discourse, m) && !discourse.inQuote(m)) {
          return Optional.of(m);
        }
        if (isPerson(m) && first == null && !discourse.inQuote(m)) {
          first = m;
        }
      }
      if (first != null) {
        return Optional.of(first);
      }
    }
    return Optional.ofNullable(fallback);
  }

  private static boolean isPerson(Mention m) {
    Mention resolved = m.resolved();
    return resolved.kind() == Mention.Kind.PERSON;
  }

  private static boolean isSubjectLike(Discourse discourse, Mention m) {
    List<Word> words = discourse.sentences().get(m.sentence()).words();
    boolean afterPreposition = m.start() > 0 && PREPOSITIONS.contains(words.get(m.start() - 1).tag());
    boolean possessive = m.end() < words.size() && words.get(m.end()).tag().equals("POS");
    return !afterPreposition && !possessive;
  }
}
