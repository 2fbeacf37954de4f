package org.sitrep.coding;

/**
 * One element of the linearised sentence the coder walks: a phrase opening or closing, a word, or
 * the boundary of an entity or compound. Each opening has the same {@code id} as its closing.
 */
record Token(Kind kind, String text, int id, Entity entity, Compound compound) {
  enum Kind {
    OPEN,
    CLOSE,
    WORD,
    ENTITY_OPEN,
    ENTITY_CLOSE,
    COMPOUND_OPEN,
    COMPOUND_CLOSE
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
      case ENTITY_OPEN -> "(NE " + entity.code();
      case ENTITY_CLOSE -> "~NE";
      case COMPOUND_OPEN -> "(NEC";
      case COMPOUND_CLOSE -> "~NEC";
    };
  }
}
