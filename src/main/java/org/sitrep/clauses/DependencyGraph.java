package org.sitrep.clauses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Dependency;
import org.sitrep.annotate.Word;

/**
 * A sentence's words and typed dependencies, asked the questions a coder asks of a clause: the
 * subjects, objects and prepositional arguments of a word, whether it is negated, passive or only a
 * condition.
 *
 * <pre>{@code
 * DependencyGraph graph = new DependencyGraph(sentence.words(), dependencies);
 * graph.children(3, "obj");   // word indexes of the objects of word 3
 * graph.obliques(3, "on");    // "attack on Kharkiv": [5]
 * }</pre>
 */
public final class DependencyGraph {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  private static final Set<String> PARTICLES =
      Set.of("down", "out", "off", "up", "back", "over", "away", "in");
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
  // "could strike" is speculation; "would resume" is an intention (CAMEO 03x), kept
  private static final Set<String> SPECULATIVE_MODALS = Set.of("could", "might", "may");
  // "a meeting between Trump and Putin was unlikely": the noun's event is only a prospect
  private static final Set<String> SPECULATIVE_PREDICATES =
      Set.of("unlikely", "likely", "possible", "impossible", "probable", "doubtful", "uncertain");
  private static final Set<String> FUTURE_MODALS = Set.of("will", "would", "'ll", "'d", "shall");
  private final List<Word> words;
  private final List<List<Dependency>> out;
  private final List<List<Dependency>> in;

  public DependencyGraph(List<Word> words, List<Dependency> dependencies) {
    this.words = List.copyOf(words);
    this.out = new ArrayList<>();
    this.in = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      out.add(new ArrayList<>());
      in.add(new ArrayList<>());
    }
    for (Dependency d : dependencies) {
      if (d.dependent() < 0 || d.dependent() >= words.size()) {
        continue;
      }
      in.get(d.dependent()).add(d);
      if (d.governor() >= 0 && d.governor() < words.size()) {
        out.get(d.governor()).add(d);
      }
    }
  }

  public List<Word> words() {
    return words;
  }

  public int size() {
    return words.size();
  }

  public Word word(int index) {
    return words.get(index);
  }

  public String lemma(int index) {
    return words.get(index).lemma().toLowerCase(Locale.ROOT);
  }

  /** The dependencies that hang off word {@code head}. */
  public List<Dependency> dependents(int head) {
    return out.get(head);
  }

  /** The dependencies that word {@code dependent} hangs off (enhanced++ allows several). */
  public List<Dependency> governors(int dependent) {
    return in.get(dependent);
  }

  /** Dependents of {@code head} by exactly {@code relation} ("obj", "nmod:poss", "obl:on"). */
  public List<Integer> children(int head, String relation) {
    List<Integer> found = new ArrayList<>();
    for (Dependency d : out.get(head)) {
      if (d.relation().equals(relation)) {
        found.add(d.dependent());
      }
    }
    return found;
  }

  /** Dependents of {@code head} whose relation's base is {@code base} ("obl", "nsubj"). */
  public List<Integer> childrenByBase(int head, String base) {
    List<Integer> found = new ArrayList<>();
    for (Dependency d : out.get(head)) {
      if (d.base().equals(base)) {
        found.add(d.dependent());
      }
    }
    return found;
  }

  /**
   * The prepositional arguments of {@code head} introduced by {@code preposition}, whether the
   * parser hung them on the word as obl (verbs) or nmod (nouns).
   */
  public List<Integer> obliques(int head, String preposition) {
    List<Integer> found = new ArrayList<>(children(head, "obl:" + preposition));
    found.addAll(children(head, "nmod:" + preposition));
    return found;
  }

  /** The prepositions that introduce arguments of {@code head}. */
  public List<String> prepositions(int head) {
    List<String> found = new ArrayList<>();
    for (Dependency d : out.get(head)) {
      if ((d.base().equals("obl") || d.base().equals("nmod"))
          && !d.suffix().isEmpty()
          && !d.suffix().equals("poss")
          && !d.suffix().equals("tmod")
          && !d.suffix().equals("npmod")) {
        found.add(d.suffix());
      }
    }
    return found;
  }

  /** The first governor of {@code dependent} by a relation whose base is {@code base}, or -1. */
  public int governor(int dependent, String base) {
    for (Dependency d : in.get(dependent)) {
      if (d.base().equals(base) && d.governor() >= 0) {
        return d.governor();
      }
    }
    return -1;
  }

  /** The word's particle ("down" in "shot down"), or "". */
  public String particle(int head) {
    for (int p : children(head, "compound:prt")) {
      return lemma(p);
    }
    // the parser often takes "shot down" for a verb and an adverb
    for (int p : children(head, "advmod")) {
      if (p == head + 1 && PARTICLES.contains(lemma(p))) {
        return lemma(p);
      }
    }
    return "";
  }

  /** The verb's hyphenated first part ("test" in "test-fired", split by the tokenizer), or "". */
  public String prefix(int head) {
    if (head >= 2 && words.get(head - 1).text().equals("-")) {
      return lemma(head - 2);
    }
    return "";
  }

  /** Whether the word is negated: "did not attack", "never met", "no talks". */
  public boolean isNegated(int head) {
    for (Dependency d : out.get(head)) {
      if ((d.base().equals("advmod") || d.base().equals("det") || d.base().equals("neg"))
          && NEGATORS.contains(words.get(d.dependent()).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word's clause is passive: it has a passive subject or a passive auxiliary. */
  public boolean isPassive(int head) {
    return !children(head, "nsubj:pass").isEmpty() || !children(head, "aux:pass").isEmpty();
  }

  /**
   * Whether the word's clause states a condition or its consequence rather than a fact: "if the
   * talks fail", "Moscow would respond if ...", "could strike".
   */
  public boolean isHypothetical(int head) {
    for (int mark : children(head, "mark")) {
      if (CONDITIONS.contains(lemma(mark))) {
        return true;
      }
    }
    boolean modal = false;
    for (int aux : children(head, "aux")) {
      String w = words.get(aux).text().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (SPECULATIVE_MODALS.contains(w)) {
        return true;
      }
      modal |= FUTURE_MODALS.contains(w);
    }
    if (modal) {
      for (int clause : childrenByBase(head, "advcl")) {
        for (int mark : children(clause, "mark")) {
          if (CONDITIONS.contains(lemma(mark))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the word is a noun. */
  public boolean isNoun(int index) {
    return words.get(index).tag().startsWith("NN");
  }

  /** Whether the word is a verb (not a modal). */
  public boolean isVerb(int index) {
    return words.get(index).tag().startsWith("VB");
  }

  /**
   * Whether a noun is the subject of a hypothesis: "A Russian attack on a NATO member would trigger
   * ...", "a meeting ... was unlikely": the noun of a hypothesis or a prospect.
   */
  public boolean isInHypothesis(int n) {
    for (var d : governors(n)) {
      if (!d.base().equals("nsubj") || d.governor() < 0) {
        continue;
      }
      if (isHypothetical(d.governor())
          || SPECULATIVE_PREDICATES.contains(lemma(d.governor()).toLowerCase(Locale.ROOT))) {
        return true;
      }
      for (int aux : children(d.governor(), "aux")) {
        String w = word(aux).text().toLowerCase(java.util.Locale.ROOT);
        if (w.equals("would") || w.equals("could") || w.equals("might")) {
          return true;
        }
      }
    }
    return false;
  }

  /** "his call", "the strikes": a noun that points back at an event rather than telling one. */
  public boolean isDefiniteReference(int n) {
    for (var d : dependents(n)) {
      String w = word(d.dependent()).text().toLowerCase(java.util.Locale.ROOT);
      if (d.relation().equals("det") && (w.equals("the") || w.equals("this") || w.equals("that"))
          || d.relation().equals("nmod:poss") && word(d.dependent()).tag().startsWith("PRP")) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> STOPPING =
      java.util.Set.of(
          "halt",
          "end",
          "stop",
          "cease",
          "suspend",
          "pause",
          "freeze",
          "abandon",
          // "accused Russia of breaking the deal": the deal is not told again
          "break",
          "violate",
          "breach",
          "scrap");

  /**
   * Whether a noun's event is being brought to an end rather than told: "halting more than a year
   * of fighting", "ended the talks". The act is the stopping, which its verb codes.
   */
  public boolean isStopped(int n) {
    return isStopped(n, 0);
  }

  private boolean isStopped(int n, int hops) {
    for (var d : governors(n)) {
      if (d.governor() < 0) {
        continue;
      }
      if (d.base().equals("obj") && STOPPING.contains(lemma(d.governor()))) {
        return true;
      }
      // "a year of fighting": the measure is what is stopped
      if (hops < 2
          && d.relation().equals("nmod:of")
          && isNoun(d.governor())
          && isStopped(d.governor(), hops + 1)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> ACCUSING =
      java.util.Set.of("accuse", "suspect", "charge", "allege");

  /**
   * Whether a verb tells only what someone is warned against or accused of: "warned Israel against
   * attacking", "accused Russia of targeting hospitals". The warning or the accusation is the act;
   * what it names has not happened, or is one side's claim.
   */
  public boolean isWarnedAgainstOrAlleged(int v) {
    for (var d : governors(v)) {
      if (d.governor() < 0) {
        continue;
      }
      if (d.relation().equals("advcl:against")
          || (d.relation().equals("advcl:of") || d.relation().equals("acl:of"))
              && ACCUSING.contains(lemma(d.governor()))) {
        return true;
      }
    }
    return false;
  }
}
