/**
 * Everything after the coder: from a sentence's coded dyads to {@code Event} records. Sentences
 * worth parsing, one event per dyad and code, avoided actions dropped, statements recoded by their
 * evaluation, intentions, coordinated targets, aid written as a noun, dates (own clause, story,
 * publication), actors' codes on the event's date, quantities, claimants and locations. {@code
 * EventFactory} is the one place an {@code Event} is made. Takes annotations, trees and a {@code
 * Discourse}; must not call the annotator, the store or the pipeline.
 */
package org.sitrep.events;
