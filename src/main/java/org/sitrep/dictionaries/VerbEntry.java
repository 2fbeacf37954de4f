package org.sitrep.dictionaries;

import java.util.List;
import java.util.Optional;

/**
 * A verb listed in a block, with every form it may take in a sentence and the code it assigns when
 * no pattern of the block matches (its own, or else the block's).
 *
 * <pre>{@code entry.forms()  // BAN, BANS, BANNED, BANNING}</pre>
 */
public record VerbEntry(String name, List<VerbForm> forms, Optional<CodePair> code, int line) {
  public VerbEntry {
    forms = List.copyOf(forms);
    if (forms.isEmpty()) {
      throw new IllegalArgumentException("verb " + name + " has no forms");
    }
  }
}
