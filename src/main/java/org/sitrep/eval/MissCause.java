package org.sitrep.eval;

/**
 * Why a gold event was missed: the first of these, in this order, that holds. The order is that of
 * the pipeline, so the first bucket names the earliest stage that lost the event: the sentence, the
 * parse, the actors, the verb pattern, the roles, the kind of event.
 *
 * <pre>{@code MissCause.SENTENCE_NOT_PARSED.label()  // "sentence not parsed"}</pre>
 */
public enum MissCause {
  /** No sentence of the coded article is the gold's evidence. */
  SENTENCE_NOT_FOUND("sentence not found"),
  /** The evidence sentence was not parsed (no coded verb and actors, or too long). */
  SENTENCE_NOT_PARSED("sentence not parsed"),
  /** No mention or event of the sentence has the gold source's country. */
  SOURCE_NOT_FOUND("source not found"),
  /** No mention or event of the sentence has the gold target's country. */
  TARGET_NOT_FOUND("target not found"),
  /** Both actors were there, but no event was coded from the sentence. */
  NO_PREDICATE_CODED("no predicate coded"),
  /** An event of the sentence has the gold's source and target countries swapped. */
  OTHER_DIRECTION("other direction"),
  /** An event of the sentence has the gold's countries but another CAMEO root. */
  OTHER_ROOT("other root"),
  /** Anything else, e.g. events in the sentence between other actors. */
  OTHER("other");

  private final String label;

  MissCause(String label) {
    this.label = label;
  }

  /** The name reports print: {@code "no predicate coded"}. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
