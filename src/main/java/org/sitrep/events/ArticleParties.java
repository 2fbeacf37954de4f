package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.discourse.Discourse;
import org.sitrep.discourse.Mention;
import org.sitrep.events.ClauseActors.Found;
import org.sitrep.model.ActorCode;

/**
 * The actors an article has named up to a sentence, for words that point back at them: "the bloc",
 * "the president", "both sides", the country a story is about, the other party of a hostile act.
 */
final class ArticleParties {
  private static final java.util.Set<String> SPONSORED =
      java.util.Set.of(
          "backed", "led", "allied", "aligned", "supported", "sponsored", "funded", "controlled");
  private final Discourse discourse;
  private final int sentence;

  ArticleParties(Discourse discourse, int sentence) {
    this.discourse = discourse;
    this.sentence = sentence;
  }

  /** The latest actor named before the word whose code belongs to a description's family. */
  Optional<Found> lastInFamily(String family, int head) {
    for (Mention m : actorsBefore(head)) {
      String value = m.resolved().code().orElseThrow();
      boolean fits =
          family.equals("IGO")
              ? value.startsWith("IGO")
              : !value.startsWith("IGO")
                  && value.length() >= 6
                  && value.substring(3, 6).equals(family);
      if (fits) {
        return Optional.of(new Found(ActorCode.of(value), head, m.resolved().text()));
      }
    }
    return Optional.empty();
  }

  /** The country the article is about, when one country dominates it. */
  Optional<String> homeCountry() {
    return discourse.homeCountry();
  }

  /**
   * The party a target-less hostile act is aimed at: the nearest actor of another country in this
   * sentence, else the latest one named before it ("Kyiv said Russia fired 90 missiles").
   */
  Optional<Found> otherParty(Found source, int at, List<Found> excluded) {
    List<Mention> here = discourse.mentions(sentence);
    Optional<Found> best = Optional.empty();
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : here) {
      Optional<Found> f =
          asOther(m, source, at).filter(o -> !among(o, excluded) && !isSponsor(sentence, m));
      int distance = Math.abs(m.start() - at);
      if (f.isPresent() && distance < bestDistance) {
        best = f;
        bestDistance = distance;
      }
    }
    for (int s = sentence - 1; s >= 0 && best.isEmpty(); s--) {
      List<Mention> before = discourse.mentions(s);
      for (int k = before.size() - 1; k >= 0 && best.isEmpty(); k--) {
        Mention m = before.get(k);
        int in = s;
        best = asOther(m, source, at).filter(o -> !among(o, excluded) && !isSponsor(in, m));
      }
    }
    return best;
  }

  /** "the Iran-backed movement": Iran sponsors the party, it is not the party. */
  private boolean isSponsor(int s, Mention m) {
    List<org.sitrep.annotate.Word> words = discourse.sentences().get(s).words();
    int after = m.end() + 1;
    return after < words.size()
        && words.get(m.end()).text().equals("-")
        && SPONSORED.contains(words.get(after).text().toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean among(Found f, List<Found> excluded) {
    return excluded.stream().anyMatch(e -> e.code().country().equals(f.code().country()));
  }

  private static Optional<Found> asOther(Mention m, Found source, int at) {
    Optional<String> code = m.resolved().code();
    if (!ActorCode.isActor(code) || code.isEmpty()) {
      return Optional.empty();
    }
    ActorCode actor = ActorCode.of(code.get());
    if (actor.country().equals(source.code().country())) {
      return Optional.empty();
    }
    return Optional.of(new Found(actor, at, m.resolved().text()));
  }

  /** The latest actor before the mention whose code has the role ("GOV" for "the president"). */
  Optional<Found> lastInRole(String role, int before) {
    for (Mention m : actorsBefore(before)) {
      String value = m.resolved().code().orElseThrow();
      if (value.length() >= 6 && value.substring(3, 6).equals(role)) {
        return Optional.of(new Found(ActorCode.of(value), m.start(), m.resolved().text()));
      }
    }
    return Optional.empty();
  }

  /** The last two actors of different countries named before this word in the article. */
  List<Found> lastTwo(int head) {
    List<Found> parties = new ArrayList<>();
    for (Mention m : actorsBefore(head)) {
      ActorCode actor = ActorCode.of(m.resolved().code().orElseThrow());
      if (parties.stream().noneMatch(p -> p.code().country().equals(actor.country()))) {
        parties.add(new Found(actor, head, m.resolved().text()));
      }
      if (parties.size() == 2) {
        return parties;
      }
    }
    return List.of();
  }

  /** The mentions naming actors before the word, latest first, back to the article's start. */
  private List<Mention> actorsBefore(int word) {
    List<Mention> found = new ArrayList<>();
    for (int s = sentence; s >= 0; s--) {
      List<Mention> here = discourse.mentions(s);
      for (int k = here.size() - 1; k >= 0; k--) {
        Mention m = here.get(k);
        Optional<String> code = m.resolved().code();
        if ((s != sentence || m.start() < word) && ActorCode.isActor(code) && code.isPresent()) {
          found.add(m);
        }
      }
    }
    return found;
  }
}
