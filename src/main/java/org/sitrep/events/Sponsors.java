package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Word;
import org.sitrep.discourse.Mention;

/**
 * "The Iran-backed movement", "the al Qaeda-linked insurgents": a name joined by a hyphen to a
 * participle of sponsorship or affiliation names the group's patron, not the group, which the
 * article named elsewhere.
 */
final class Sponsors {
  private static final Set<String> SPONSORING =
      Set.of(
          "backed",
          "led",
          "allied",
          "aligned",
          "supported",
          "sponsored",
          "funded",
          "controlled",
          "linked",
          "affiliated",
          "inspired",
          "armed");

  private Sponsors() {}

  /** Whether a mention covering word {@code word} names a patron ("al Qaeda" in "-linked"). */
  static boolean covers(List<Mention> mentions, List<Word> words, int word) {
    return mentions.stream()
        .anyMatch(m -> m.start() <= word && word < m.end() && follows(words, m.end()));
  }

  /** Whether the name ending before word {@code end} is a patron: "-backed", "-linked" follows. */
  static boolean follows(List<Word> words, int end) {
    int after = end + 1;
    return after < words.size()
        && words.get(end).text().equals("-")
        && SPONSORING.contains(words.get(after).text().toLowerCase(Locale.ROOT));
  }
}
