package org.sitrep.discourse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.ActorCode;

/*
 * Design note. News names a person in full once ("Biden's national security adviser Jake
 * Sullivan") and by surname after ("Sullivan said"); a family name written first is the surname
 * too ("Yoon Suk Yeol" ... "Yoon said"). A bare surname is often not in the
 * dictionaries (SULLIVAN alone is ambiguous there), but it is not ambiguous within one article.
 * It also refers back by description: "the Republican leader", "the former president". A
 * definite description ending in a title that codes no actor of its own (no country named) is
 * the person last named before it, up to two sentences back.
 */

/**
 * Resolves a person mention with no actor code to an earlier coded mention of the article whose
 * name ends with the same word.
 *
 * <pre>{@code NameResolver.resolve(discourse)  // "Sullivan" -> "... Jake Sullivan" (USAGOV)}</pre>
 */
final class NameResolver {
  private NameResolver() {}

  private static final java.util.Set<String> TITLES =
      java.util.Set.of(
          "president",
          "leader",
          "premier",
          "minister",
          "chancellor",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "secretary",
          "general",
          "commander",
          "envoy",
          "ambassador",
          "king",
          "emir",
          "prince");
  private static final int LOOK_BACK = 2;
  // where news in English keeps the family name first: Korea, China, Taiwan, Vietnam, Cambodia
  private static final java.util.Set<String> FAMILY_NAME_FIRST =
      java.util.Set.of("KOR", "PRK", "CHN", "TWN", "HKG", "VNM", "KHM");

  static void resolve(DiscourseDraft discourse) {
    for (int s = 0; s < discourse.sentences().size(); s++) {
      for (Mention mention : discourse.mentions(s)) {
        if (mention.kind() == Mention.Kind.PERSON && !mention.hasActorCode()) {
          earlier(discourse, mention)
              .ifPresent(full -> discourse.replace(mention, mention.resolvedTo(full)));
        } else if (isDescription(discourse, mention)) {
          lastPerson(discourse, mention)
              .ifPresent(person -> discourse.replace(mention, mention.resolvedTo(person)));
        }
      }
    }
  }

  /** "the prime minister" (---GOV) is not the militia commander just named (LBYMIL). */
  private static boolean sameRole(Mention description, Mention person) {
    String code = person.code().orElseThrow();
    return description
        .roleOnly()
        .map(role -> code.length() < 6 || code.startsWith("IGO") || code.startsWith(role, 3))
        .orElse(true);
  }

  /** "the Republican leader": a title after "the", naming no actor of its own. */
  static boolean isDescription(DiscourseDraft discourse, Mention m) {
    if (m.kind() != Mention.Kind.GROUP || m.hasActorCode() || m.start() == 0) {
      return false;
    }
    var words = discourse.sentences().get(m.sentence()).words();
    return words.get(m.start() - 1).text().equalsIgnoreCase("the") && TITLES.contains(last(m));
  }

  private static Optional<Mention> lastPerson(DiscourseDraft discourse, Mention mention) {
    for (int s = mention.sentence(); s >= Math.max(0, mention.sentence() - LOOK_BACK); s--) {
      var list = discourse.mentions(s);
      for (int k = list.size() - 1; k >= 0; k--) {
        Mention m = list.get(k);
        if (s == mention.sentence() && m.start() >= mention.start()) {
          continue;
        }
        Mention r = m.resolved();
        if (r.kind() == Mention.Kind.PERSON && r.hasActorCode() && sameRole(mention, r)) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The coded person named earlier whose name this one ends ("Yoon" after "President Yoon Suk
   * Yeol").
   */
  static Optional<Mention> earlier(DiscourseDraft discourse, Mention mention) {
    String surname = last(mention);
    for (int s = mention.sentence(); s >= 0; s--) {
      var list = discourse.mentions(s);
      for (int k = list.size() - 1; k >= 0; k--) {
        Mention m = list.get(k);
        if (s == mention.sentence() && m.start() >= mention.start()) {
          continue;
        }
        if (m.kind() == Mention.Kind.PERSON && m.hasActorCode() && isNamedBy(m, surname)) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the full name ends with the word, or, for a person of a country whose names put the
   * family name first, holds it there ("Yoon" for "President Yoon Suk Yeol", "Xi" for "Xi Jinping";
   * "Jake" is not "Jake Sullivan").
   */
  private static boolean isNamedBy(Mention full, String surname) {
    if (last(full).equals(surname)) {
      return true;
    }
    String country = full.code().map(c -> ActorCode.of(c).country()).orElse("");
    List<String> words = full.words();
    if (!FAMILY_NAME_FIRST.contains(country)) {
      // "Anwar" for "Anwar Ibrahim", "Phumtham" for "Phumtham Wechayachai": where news calls a
      // person by the given name, that name is all the article writes, and it is no title
      return isGivenName(words, surname);
    }
    for (int k = 0; k < words.size() - 1; k++) {
      String w = words.get(k);
      if (w.toLowerCase(Locale.ROOT).equals(surname) && Character.isUpperCase(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name's first word after any titles, when it is the word: "Anwar" in "Prime Minister Anwar
   * Ibrahim".
   */
  private static boolean isGivenName(List<String> words, String word) {
    for (int k = 0; k < words.size() - 1; k++) {
      String w = words.get(k).toLowerCase(Locale.ROOT);
      if (w.equals(word)) {
        return Character.isUpperCase(words.get(k).charAt(0)) && !TITLES.contains(w);
      }
    }
    return false;
  }

  private static String last(Mention m) {
    return m.words().get(m.words().size() - 1).toLowerCase(Locale.ROOT);
  }
}
