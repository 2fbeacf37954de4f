package org.sitrep.coding;

import java.util.List;
import org.sitrep.model.ActorCode;

/**
 * A noun phrase the coder treats as one possible actor (PETRARCH's "NE"): its words, upper-cased,
 * and, once coded, its actor code ({@code ---} when no actor was recognised).
 */
final class Entity {

  private final List<String> words;
  private final int first;
  private String code = ActorCode.NONE.value();

  /** {@code first} is the index of the sentence word the phrase starts at. */
  Entity(List<String> words, int first) {
    this.words = List.copyOf(words);
    this.first = first;
  }

  int first() {
    return first;
  }

  List<String> words() {
    return words;
  }

  String code() {
    return code;
  }

  void code(String code) {
    this.code = code;
  }

  boolean isCoded() {
    return !code.equals(ActorCode.NONE.value());
  }

  String text() {
    return String.join(" ", words);
  }

  @Override
  public String toString() {
    return "NE[" + text() + "=" + code + "]";
  }
}
