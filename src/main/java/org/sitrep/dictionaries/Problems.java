package org.sitrep.dictionaries;

import java.util.function.Consumer;

/** Ready-made handlers for the lenient {@code read} overloads. */
final class Problems {

  private Problems() {}

  /** Rethrows, which makes a read stop at the first malformed line. */
  static Consumer<DictionaryException> strict() {
    return e -> {
      throw e;
    };
  }
}
