package org.sitrep.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.clauses.PredicateLexicon.Entry;
import org.sitrep.dictionaries.CodePair;
import org.sitrep.dictionaries.VerbBlock;
import org.sitrep.dictionaries.VerbDictionary;
import org.sitrep.dictionaries.VerbEntry;

/*
 * Design note. sitrep's own lexicon lists the verbs news uses most, with where their targets sit.
 * The CAMEO verb dictionary knows some 15,000 more verbs ("congratulate" 051, "vandalise" 1712),
 * each with the code it carries when none of its patterns matches. A clause whose verb the lexicon
 * lacks takes that code, with its target in the object or a directed phrase. Statements (01) are
 * left out: a speech verb codes what it reports, not the saying.
 */

/** The default code the CAMEO verb dictionary gives each verb, as a lexicon reading. */
final class VerbDefaults {
  private static final List<String> TARGETS =
      List.of("obj", "against", "on", "at", "with", "to", "into");
  private static final java.util.Set<String> DIRECTED_ROOTS =
      java.util.Set.of("05", "11", "12", "13", "14", "16", "18", "19", "20");
  private final Map<String, Entry> byLemma = new HashMap<>();

  private static String root(String code) {
    return code.length() >= 2 ? code.substring(0, 2) : code;
  }

  VerbDefaults(VerbDictionary verbs) {
    // a verb defined again later replaces the earlier definition, as in PETRARCH
    for (VerbBlock block : verbs.blocks()) {
      for (VerbEntry entry : block.verbs()) {
        CodePair code = entry.code().orElse(block.code());
        String lemma = entry.name().strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        if (code.isNull() || !DIRECTED_ROOTS.contains(root(code.code())) || lemma.isEmpty()) {
          byLemma.remove(lemma);
        } else {
          byLemma.put(lemma, new Entry(code.code(), TARGETS, ""));
        }
      }
    }
  }

  /** The reading of the first key the dictionary lists ("shoot_down" before "shoot"). */
  Optional<Entry> first(List<String> keys) {
    for (String key : keys) {
      Entry e = byLemma.get(key);
      if (e != null) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  int size() {
    return byLemma.size();
  }
}
