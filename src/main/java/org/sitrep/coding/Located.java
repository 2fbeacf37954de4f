package org.sitrep.coding;

/** A coded event with the sentence's word indexes of its verb and actors (-1 when unknown). */
public record Located(
    String source, String target, String code, int verb, int sourceAt, int targetAt,
    String sourceText, String targetText) {

  /** The same event with other actor codes. */
  public Located withCodes(String newSource, String newTarget) {
    return new Located(newSource, newTarget, code, verb, sourceAt, targetAt, sourceText, targetText);
  }

  /** What makes two events of one sentence the same event: dyad and code. */
  public String key() {
    return source + ">" + target + ":" + code;
  }
}
