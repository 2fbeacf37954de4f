package org.sitrep.store;

/**
 * An order for the few events a report names: the most severe (lowest Goldstein score first), the
 * most reported (most outlets, then most reports), those a claimant is given for, those whose
 * reports disagree (both newest first).
 *
 * <pre>{@code store.ranked(filter, EventRanking.MOST_SEVERE, 5)}</pre>
 */
public enum EventRanking {
  MOST_SEVERE(
      "e.goldstein IS NOT NULL AND e.goldstein < 0", "e.goldstein ASC, e.sources DESC, e.id DESC"),
  MOST_REPORTED("e.mentions > 1", "e.sources DESC, e.mentions DESC, e.event_date DESC, e.id DESC"),
  CLAIMED("e.claimed_by_code IS NOT NULL", "e.sources DESC, e.event_date DESC, e.id DESC"),
  CONTESTED("e.contested <> ''", "e.sources DESC, e.event_date DESC, e.id DESC");

  final String condition;
  final String order;

  EventRanking(String condition, String order) {
    this.condition = condition;
    this.order = order;
  }
}
