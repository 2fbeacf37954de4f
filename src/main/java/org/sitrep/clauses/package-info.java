/**
 * Clause structure from typed dependencies, and sitrep's lexicon of event verbs, event nouns and
 * light verbs. Takes a sentence's words and dependencies; gives who is the subject, object and
 * prepositional argument of each word, and the CAMEO code a predicate carries. Uses only {@code
 * model} and {@code annotate}; it must not know about actors, mentions or events.
 */
package org.sitrep.clauses;
