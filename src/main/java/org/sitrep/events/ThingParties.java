package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.clauses.PredicateLexicon;
import org.sitrep.coding.Located;
import org.sitrep.dictionaries.ActorCoder;
import org.sitrep.discourse.Mention;
import org.sitrep.model.ActorCode;

/**
 * A verb pattern's party that is a thing an actor only describes: "Chinese goods", "the results of
 * Georgia's election", "the group's cargo" carry a country's code, but goods, results and cargo do
 * not meet, visit or sign (roots 04, 05). The phrase's head noun decides, when the actor modifies
 * it: people, groups, agents, events and the nouns of the lexicon's classes (places, arms, forces,
 * acts, demands) stay parties; another common noun does not. Other acts keep such parties: one
 * urges "the need of strong US leadership" of the US, force and sanctions fall on places and goods
 * ("tariffs on Chinese goods"). A stance noun ("a NATO sceptic") is never its actor, whatever the
 * act.
 */
final class ThingParties {
  // the words of a noun phrase up to its head: "the long-standing demand", "Georgia's election"
  private static final Set<String> PHRASE_TAGS =
      Set.of(
          "DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "HYPH", "VBN",
          "VBG");
  private static final int REACH = 10;
  // a person's stance toward the actor named before it: "a NATO sceptic" is no NATO
  private static final Set<String> STANCES =
      Set.of("critic", "sceptic", "skeptic", "opponent", "foe", "detractor");
  private static final List<String> PARTY_CLASSES =
      List.of(
          "territory",
          "weapon",
          "aircraft",
          "envoy",
          "people",
          "dignitary",
          "arms",
          "force",
          "sea",
          "border",
          "commander",
          "projectile",
          "weaponry",
          "asset",
          "act",
          "demand",
          "sanction",
          "aid",
          "drill",
          "violent",
          "dispute",
          "trade");
  private static final Set<String> ROOTS = Set.of("04", "05");

  private final DependencyGraph graph;
  private final List<Mention> mentions;
  private final PredicateLexicon lexicon;
  private final ActorCoder actors;

  ThingParties(
      DependencyGraph graph, List<Mention> mentions, PredicateLexicon lexicon, ActorCoder actors) {
    this.graph = graph;
    this.mentions = mentions;
    this.lexicon = lexicon;
    this.actors = actors;
  }

  /** Whether the pattern's source or target phrase names a thing, not a party. */
  boolean namesThing(Located e) {
    boolean meeting = ROOTS.contains(e.code().root());
    return isThing(e.sourceAt(), meeting) || !e.target().isNone() && isThing(e.targetAt(), meeting);
  }

  private boolean isThing(int start, boolean meeting) {
    int head = head(start);
    if (head < 0 || !modifiedByActor(start, head)) {
      return false;
    }
    String lemma = graph.lemma(head).toLowerCase(Locale.ROOT);
    if (STANCES.contains(lemma)) {
      return true;
    }
    String tag = graph.word(head).tag();
    return meeting
        && (tag.equals("NN") || tag.equals("NNS"))
        && !inActorMention(head)
        && !GroupNouns.isGroupNoun(lemma)
        && lexicon.noun(lemma).isEmpty()
        && PARTY_CLASSES.stream().noneMatch(c -> lexicon.inClass(c, lemma))
        && !actors.namesActorOrAgentAt(List.of(lemma.toUpperCase(Locale.ROOT)), 0)
        && !actors.namesActorOrAgentAt(
            List.of(graph.word(head).text().toUpperCase(Locale.ROOT)), 0);
  }

  /** The last noun of the noun phrase that starts at {@code start}; -1 if none. */
  private int head(int start) {
    int head = -1;
    for (int k = start; k >= 0 && k < graph.size() && k < start + REACH; k++) {
      String tag = graph.word(k).tag();
      if (!PHRASE_TAGS.contains(tag)) {
        break;
      }
      if (tag.startsWith("NN")) {
        head = k;
      }
    }
    return head;
  }

  /**
   * Whether an actor's word before the head hangs on it within the phrase ("Chinese" on "goods"),
   * not on the verb ("give the United States exclusive rights").
   */
  private boolean modifiedByActor(int start, int head) {
    for (int k = start; k < head; k++) {
      if (inActorMention(k) && reaches(k, start, head)) {
        return true;
      }
    }
    return false;
  }

  private boolean reaches(int word, int start, int head) {
    int at = word;
    for (int step = 0; step < REACH; step++) {
      int next = -1;
      for (var d : graph.governors(at)) {
        next = d.governor();
      }
      if (next == head) {
        return true;
      }
      if (next < start || next > head) {
        return false;
      }
      at = next;
    }
    return false;
  }

  private boolean inActorMention(int word) {
    return mentions.stream()
        .anyMatch(
            m -> m.start() <= word && word < m.end() && ActorCode.isActor(m.resolved().code()));
  }
}
