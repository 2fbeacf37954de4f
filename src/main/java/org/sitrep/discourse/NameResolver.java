package org.sitrep.discourse;

import java.util.Locale;
import java.util.Optional;

/*
 * Design note. News names a person in full once ("Biden's national security adviser Jake
 * Sullivan") and by surname after ("Sullivan said"). A bare surname is often not in the
 * dictionaries (SULLIVAN alone is ambiguous there), but it is not ambiguous within one article.
 */

/**
 * Resolves a person mention with no actor code to an earlier coded mention of the article whose
 * name ends with the same word.
 *
 * <pre>{@code NameResolver.resolve(discourse)  // "Sullivan" -> "... Jake Sullivan" (USAGOV)}</pre>
 */
public final class NameResolver {
  private NameResolver() {}

  public static void resolve(Discourse discourse) {
    for (int s = 0; s < discourse.sentences().size(); s++) {
      for (Mention mention : discourse.mentions(s)) {
        if (mention.kind() == Mention.Kind.PERSON && !hasCode(mention)) {
          earlier(discourse, mention).ifPresent(full -> discourse.replace(mention, mention.resolvedTo(full)));
        }
      }
    }
  }

  private static Optional<Mention> earlier(Discourse discourse, Mention mention) {
    String surname = last(mention);
    for (int s = mention.sentence(); s >= 0; s--) {
      var list = discourse.mentions(s);
      for (int k = list.size() - 1; k >= 0; k--) {
        Mention m = list.get(k);
        if (s == mention.sentence() && m.start() >= mention.start()) {
          continue;
        }
        if (m.kind() == Mention.Kind.PERSON && hasCode(m) && last(m).equals(surname)) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean hasCode(Mention m) {
    return m.code().isPresent() && !m.code().get().contains("---");
  }

  private static String last(Mention m) {
    return m.words().get(m.words().size() - 1).toLowerCase(Locale.ROOT);
  }
}
