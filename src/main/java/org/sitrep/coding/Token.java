package org.sitrep.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One element of the linearised sentence the coder walks: a phrase opening or closing, a word, or
 * the boundary of an entity or compound. Each opening has the same {@code id} as its closing; a
 * word taken straight from the tree has its index in the sentence as id, other words -1. Entity
 * boundaries, and only they, have an entity; compound boundaries, and only they, a compound.
 */
record Token(Kind kind, String text, int id, @Nullable Entity entity, @Nullable Compound compound) {
  enum Kind {
    OPEN,
    CLOSE,
    WORD,
    ENTITY_OPEN,
    ENTITY_CLOSE,
    COMPOUND_OPEN,
    COMPOUND_CLOSE
  }

  /** The entity of an entity boundary ({@code ENTITY_OPEN}, {@code ENTITY_CLOSE}). */
  @Override
  public Entity entity() {
    return Objects.requireNonNull(entity, "not an entity boundary");
  }

  /** The compound of a compound boundary ({@code COMPOUND_OPEN}, {@code COMPOUND_CLOSE}). */
  @Override
  public Compound compound() {
    return Objects.requireNonNull(compound, "not a compound boundary");
  }

  static Token open(String tag, int id) {
    return new Token(Kind.OPEN, tag, id, null, null);
  }

  static Token close(String tag, int id) {
    return new Token(Kind.CLOSE, tag, id, null, null);
  }

  static Token word(String word) {
    return new Token(Kind.WORD, word, -1, null, null);
  }

  /** A word standing for the sentence word at {@code index}, which it keeps as its id. */
  static Token leaf(String word, int index) {
    return new Token(Kind.WORD, word, index, null, null);
  }

  /** For each opening in the list, the index of its closing; unmatched openings are left out. */
  static Map<Integer, Integer> closings(List<Token> list) {
    Map<Integer, Integer> closeOf = new HashMap<>();
    Map<Integer, Integer> openById = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Token token = list.get(i);
      if (token.isOpening()) {
        openById.put(token.id(), i);
      } else if (token.isClosing()) {
        Integer open = openById.get(token.id());
        if (open != null) {
          closeOf.put(open, i);
        }
      }
    }
    return closeOf;
  }

  boolean isOpening() {
    return kind == Kind.OPEN || kind == Kind.ENTITY_OPEN || kind == Kind.COMPOUND_OPEN;
  }

  boolean isClosing() {
    return kind == Kind.CLOSE || kind == Kind.ENTITY_CLOSE || kind == Kind.COMPOUND_CLOSE;
  }

  boolean is(Kind wanted, String tag) {
    return kind == wanted && text.equals(tag);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case OPEN -> "(" + text;
      case CLOSE -> "~" + text;
      case WORD -> text;
      case ENTITY_OPEN -> "(NE " + entity().code();
      case ENTITY_CLOSE -> "~NE";
      case COMPOUND_OPEN -> "(NEC";
      case COMPOUND_CLOSE -> "~NEC";
    };
  }
}
