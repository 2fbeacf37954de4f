package org.sitrep.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.clauses.DependencyGraph;
import org.sitrep.coding.Located;
import org.sitrep.events.ClauseActors.Found;
import org.sitrep.model.ActorCode;
import org.sitrep.model.CameoCode;

/** The events one sentence's clauses gave, one per dyad and code, in the order they were told. */
final class ClauseDyads {
  private final Map<String, Located> events = new LinkedHashMap<>();
  // the events whose target the story implied rather than the clause named
  private final Set<String> impliedKeys = new java.util.HashSet<>();

  /** Adds the event of source {@code s} on target {@code t} (none when null); its key. */
  String put(Found s, @Nullable Found t, CameoCode code, int at, boolean impliedTarget) {
    Located e =
        new Located(
            s.code(),
            t == null ? ActorCode.NONE : t.code(),
            code,
            at,
            s.at(),
            t == null ? -1 : t.at(),
            s.text(),
            t == null ? "" : t.text());
    events.putIfAbsent(e.key(), e);
    if (impliedTarget) {
      impliedKeys.add(e.key());
    }
    return e.key();
  }

  /** The events, without those whose implied target a complement's named one restates. */
  List<Located> all(DependencyGraph graph) {
    events.values().removeIf(e -> restatedByComplement(e, graph));
    return new ArrayList<>(events.values());
  }

  /** "vowed to avenge the killing": a target the story implied gives way to the complement's. */
  private boolean restatedByComplement(Located e, DependencyGraph graph) {
    return impliedKeys.contains(e.key())
        && events.values().stream()
            .anyMatch(
                o ->
                    o.source().equals(e.source())
                        && o.code().root().equals(e.code().root())
                        && !o.target().isNone()
                        && graph.childrenByBase(e.verb(), "xcomp").contains(o.verb()));
  }
}
