/**
 * One event, many reports: whether two coded events from articles tell the same real-world event
 * ({@code SameEvent}), what the reports of one event disagree on ({@code Disagreement}) and the
 * versions they give ({@code Version}). Takes model records only; the store asks it as mentions
 * arrive.
 */
package org.sitrep.merge;
