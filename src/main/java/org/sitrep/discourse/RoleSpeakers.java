package org.sitrep.discourse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/*
 * Design note. "The 78-year-old president promised ...", "The Ministry of Information said ...":
 * a speaker named only by a role has no country in the dictionaries. "The president" points back
 * at the last actor the article named in that role; a bare institution ("the Interior Ministry",
 * "police") is the story's own, when the story has a country.
 */

/** The code of a quote's speaker named only by a role: whom it points back at, or the story's. */
final class RoleSpeakers {
  private RoleSpeakers() {}

  static Optional<String> code(DiscourseDraft discourse, Mention speaker, String role) {
    if (isDefinite(discourse, speaker)) {
      // one named with the same title first ("President Donald Trump"), else any person in role
      Optional<String> named =
          lastInRole(discourse, speaker, role, true)
              .or(() -> lastInRole(discourse, speaker, role, false));
      if (named.isPresent()) {
        return named;
      }
    }
    return HomeCountry.of(discourse).map(country -> country + role);
  }

  /** "the president", "the 78-year-old president": a determiner just before the title. */
  private static boolean isDefinite(DiscourseDraft discourse, Mention speaker) {
    List<org.sitrep.annotate.Word> words = discourse.sentences().get(speaker.sentence()).words();
    for (int k = Math.max(0, speaker.start() - 6); k < speaker.end(); k++) {
      if (words.get(k).text().equalsIgnoreCase("the")) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> lastInRole(
      DiscourseDraft discourse, Mention speaker, String role, boolean sameTitle) {
    String[] words = speaker.text().toLowerCase(Locale.ROOT).split("\\s+");
    String title = words[words.length - 1];
    for (int s = speaker.sentence(); s >= 0; s--) {
      List<Mention> here = discourse.mentions(s);
      for (int k = here.size() - 1; k >= 0; k--) {
        Mention m = here.get(k).resolved();
        boolean before = s < speaker.sentence() || here.get(k).end() <= speaker.start();
        Optional<String> code = m.code();
        if (before
            && m.hasActorCode()
            && (sameTitle
                ? m.text().toLowerCase(Locale.ROOT).contains(title)
                : m.kind() == Mention.Kind.PERSON)
            && code.isPresent()
            && code.get().length() >= 6
            && code.get().substring(3, 6).equals(role)) {
          return code;
        }
      }
    }
    return Optional.empty();
  }
}
