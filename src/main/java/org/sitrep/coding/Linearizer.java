package org.sitrep.coding;

import static org.sitrep.coding.PhraseShapes.contains;
import static org.sitrep.coding.PhraseShapes.containsClause;
import static org.sitrep.coding.PhraseShapes.containsInnerNoun;
import static org.sitrep.coding.PhraseShapes.firstWithLabel;
import static org.sitrep.coding.PhraseShapes.flatWords;
import static org.sitrep.coding.PhraseShapes.isCompound;
import static org.sitrep.coding.PhraseShapes.isNounPhrase;
import static org.sitrep.coding.PhraseShapes.isRelative;
import static org.sitrep.coding.PhraseShapes.preorder;
import static org.sitrep.coding.PhraseShapes.upper;
import static org.sitrep.coding.PhraseShapes.words;
import static org.sitrep.coding.PhraseShapes.wordsWithoutFirstPossessive;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/*
 * Design note. The coder does not walk the tree directly: like PETRARCH it walks a flat list of
 * tokens in which noun phrases have already been turned into entities (possible actors). Which
 * noun phrases become one entity decides most of what the coder can see, so the rules are:
 *  - a noun phrase with a possessive is one entity of all its words but the first "'s"
 *    ("Gondor's foreign minister");
 *  - a noun phrase "X of/in Y" is one entity of X, the preposition and Y ("the ambassadors of
 *    Arnor"); when Y is a compound, one entity per member, each prefixed with X;
 *  - a noun phrase with no noun phrase inside is one entity of its words;
 *  - a compound ("Arnor, Osgiliath and Gondor") is a group of entities, one per nominal member,
 *    each carrying the adjectives in front of the first member;
 *  - anything else opens a plain NP and its parts are looked at in turn.
 * Relative clauses inside noun phrases are flattened to words: their verbs are never coded.
 */
final class Linearizer {
  private final List<Token> out = new ArrayList<>();
  private static final java.util.Set<String> JOINING_PREPOSITIONS =
      java.util.Set.of("OF", "IN", "FOR", "FROM");
  private final IdentityHashMap<ParseTree, Boolean> compounds = new IdentityHashMap<>();
  private final boolean newsMode;
  private int nextId;
  // the first word of the noun phrase being turned into entities: where its entities start
  private int phraseFirst;

  private Linearizer(boolean newsMode) {
    this.newsMode = newsMode;
  }

  static List<Token> linearize(ParseTree root) {
    return linearize(root, false);
  }

  /**
   * In news mode only "of", "in", "for" and "from" join two noun phrases into one actor ("the
   * ambassador of Arnor"); other prepositions belong to the verb ("fired drones at Kyiv").
   */
  static List<Token> linearize(ParseTree root, boolean newsMode) {
    Linearizer linearizer = new Linearizer(newsMode);
    linearizer.markCompounds(root);
    linearizer.emit(root, false);
    return linearizer.out;
  }

  // --- compounds ---------------------------------------------------------------------------

  private void markCompounds(ParseTree node) {
    for (ParseTree child : node.children()) {
      if (child.isWord() && child.label().equals("CC")) {
        if (isCompound(node)) {
          compounds.put(node, Boolean.TRUE);
        }
      } else {
        markCompounds(child);
      }
    }
  }

  private boolean isMarkedCompound(ParseTree node) {
    return compounds.containsKey(node);
  }

  // --- emission ----------------------------------------------------------------------------

  private void emit(ParseTree node, boolean insideNoun) {
    if (node.isWord()) {
      int id = nextId++;
      out.add(Token.open(node.label(), id));
      out.add(Token.leaf(upper(node), node.first()));
      out.add(Token.close(node.label(), id));
    } else if (isNounPhrase(node)) {
      nounPhrase(node);
    } else if (insideNoun && node.label().startsWith("SBAR") && isRelative(node) && !newsMode) {
      int id = nextId++;
      out.add(Token.open("SBR", id));
      for (ParseTree leaf : node.leaves()) {
        out.add(Token.word(upper(leaf)));
      }
      out.add(Token.close("SBR", id));
    } else {
      String label = node.label().equals("NML") ? "NML" : node.label();
      int id = nextId++;
      out.add(Token.open(label, id));
      // a clause inside a noun phrase ("his promise, to end the war as he spoke to Putin") has
      // verbs of its own: only a relative clause right under the noun is flattened
      boolean stillNoun = insideNoun && !(label.equals("S") || label.equals("VP"));
      for (ParseTree child : node.children()) {
        emit(child, stillNoun);
      }
      out.add(Token.close(label, id));
    }
  }

  private void nounPhrase(ParseTree np) {
    phraseFirst = np.first();
    if (isMarkedCompound(np)) {
      compound(np);
    } else if (contains(np, "POS") && (!newsMode || !containsClause(np))) {
      // in news a possessive deep inside a phrase with a clause ("his promise, to end the war as
      // he spoke to Putin") does not make the whole phrase one actor
      entity(wordsWithoutFirstPossessive(np));
    } else if (contains(np, "PP") && prepositional(np)) {
      return;
    } else if (!containsInnerNoun(np)) {
      entity(words(np));
    } else {
      int id = nextId++;
      out.add(Token.open("NP", id));
      for (ParseTree child : np.children()) {
        emit(child, true);
      }
      out.add(Token.close("NP", id));
    }
  }

  /** The preposition and object of "X of Y", found after the head X. */
  private record Joined(ParseTree preposition, ParseTree object) {}

  /** "X of Y": one entity, or one per member when Y is a compound. False if the shape differs. */
  private boolean prepositional(ParseTree np) {
    ParseTree pp = firstWithLabel(np, "PP");
    ParseTree parent = pp.parent().orElseThrow();
    if (!isNounPhrase(parent) || parent.children().isEmpty()) {
      return false;
    }
    ParseTree head = parent.children().get(0);
    if (!isNounPhrase(head)) {
      return false;
    }
    Joined joined = joinedTo(parent, head);
    if (joined == null) {
      return false;
    }
    ParseTree object = joined.object();
    List<List<String>> heads =
        isMarkedCompound(head) ? compoundMembers(head) : List.of(flatWords(head));
    if (isMarkedCompound(object) || heads.size() > 1) {
      // "lawmakers and officials in Fornost and Gondor": one entity per pair of members
      List<List<String>> objects =
          isMarkedCompound(object) ? compoundMembers(object) : List.of(flatWords(object));
      List<Entity> members = new ArrayList<>();
      for (List<String> headMember : heads) {
        for (List<String> objectMember : objects) {
          List<String> words = new ArrayList<>(headMember);
          words.addAll(objectMember);
          members.add(new Entity(words, phraseFirst));
        }
      }
      compoundOf(members);
    } else {
      List<String> words = new ArrayList<>(heads.get(0));
      words.add(upper(joined.preposition()));
      words.addAll(flatWords(object));
      entity(words);
    }
    return true;
  }

  /**
   * The first preposition after the head and the first noun phrase after it, or null when either is
   * missing, the object has a prepositional phrase of its own, or (news mode) the preposition
   * belongs to the verb.
   */
  private @Nullable Joined joinedTo(ParseTree parent, ParseTree head) {
    ParseTree preposition = null;
    ParseTree object = null;
    for (ParseTree leafOrPhrase : preorder(parent)) {
      if (leafOrPhrase.first() < head.end()) {
        continue;
      }
      if (preposition == null) {
        if (leafOrPhrase.isWord() && leafOrPhrase.label().equals("IN")) {
          if (newsMode && !JOINING_PREPOSITIONS.contains(upper(leafOrPhrase))) {
            // "145 drones at Ukraine" is no actor: the preposition belongs to the verb
            return null;
          }
          preposition = leafOrPhrase;
        }
      } else if (isNounPhrase(leafOrPhrase) && leafOrPhrase.first() > preposition.first()) {
        object = leafOrPhrase;
        break;
      }
    }
    if (preposition == null || object == null || contains(object, "PP")) {
      return null;
    }
    return new Joined(preposition, object);
  }

  private void compound(ParseTree np) {
    List<Entity> members = new ArrayList<>();
    for (List<String> member : compoundMembers(np)) {
      members.add(new Entity(member, phraseFirst));
    }
    compoundOf(members);
  }

  private List<List<String>> compoundMembers(ParseTree np) {
    List<String> adjectives = new ArrayList<>();
    List<List<String>> members = new ArrayList<>();
    for (ParseTree child : np.children()) {
      String label = child.label();
      if (child.isWord() && label.startsWith("JJ") && members.isEmpty()) {
        adjectives.add(upper(child));
      } else if (child.isWord() && label.startsWith("NN")) {
        List<String> words = new ArrayList<>(adjectives);
        words.add(upper(child));
        members.add(words);
      } else if (isNounPhrase(child)) {
        members.add(flatWords(child));
      }
    }
    return members;
  }

  private void compoundOf(List<Entity> members) {
    int id = nextId++;
    Compound compound = new Compound(members);
    out.add(new Token(Token.Kind.COMPOUND_OPEN, "NEC", id, null, compound));
    for (Entity member : members) {
      int memberId = nextId++;
      out.add(new Token(Token.Kind.ENTITY_OPEN, "NE", memberId, member, null));
      for (String word : member.words()) {
        out.add(Token.word(word));
      }
      out.add(new Token(Token.Kind.ENTITY_CLOSE, "NE", memberId, member, null));
    }
    out.add(new Token(Token.Kind.COMPOUND_CLOSE, "NEC", id, null, compound));
  }

  private void entity(List<String> words) {
    if (words.isEmpty()) {
      return;
    }
    Entity entity = new Entity(words, phraseFirst);
    int id = nextId++;
    out.add(new Token(Token.Kind.ENTITY_OPEN, "NE", id, entity, null));
    for (String word : words) {
      out.add(Token.word(word));
    }
    out.add(new Token(Token.Kind.ENTITY_CLOSE, "NE", id, entity, null));
  }
}
