package org.sitrep.coding;

import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

/**
 * A coded event with the sentence's word indexes of its verb and actors (-1 when unknown); its
 * target is {@link ActorCode#NONE} when it has none.
 */
public record Located(
    ActorCode source,
    ActorCode target,
    CameoCode code,
    int verb,
    int sourceAt,
    int targetAt,
    String sourceText,
    String targetText) {

  /** The same event with other actor codes. */
  public Located withCodes(ActorCode newSource, ActorCode newTarget) {
    return new Located(
        newSource, newTarget, code, verb, sourceAt, targetAt, sourceText, targetText);
  }

  /** The same event with another code. */
  public Located withCode(CameoCode newCode) {
    return new Located(source, target, newCode, verb, sourceAt, targetAt, sourceText, targetText);
  }

  /** What makes two events one act between one dyad: the dyad and the code's root. */
  public String dyadKey() {
    return dyadKey(source, target, code.root());
  }

  /** {@link #dyadKey()} of an event not yet made. */
  public static String dyadKey(ActorCode source, ActorCode target, String root) {
    return source + ">" + target + ":" + root;
  }

  /** What makes two events of one sentence the same event: dyad and code. */
  public String key() {
    return source + ">" + target + ":" + code;
  }
}
