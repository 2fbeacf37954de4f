package org.sitrep.events;

import java.util.List;
import java.util.Map;
import org.sitrep.coding.Located;
import org.sitrep.model.ActorCode;

/**
 * One act told at two levels in one sentence is one event: "Netanyahu warned that Israel would hit
 * back" gives ISRGOV and ISR the same threat, "Thai warplanes struck Cambodian territory" in a
 * report of fighting between Thailand and Cambodia gives THAMIL and THA the same force. The finer
 * actor keeps the event; its bare country's twin goes.
 */
final class FinerActors {
  private FinerActors() {}

  /** Drops each event whose dyad another event of the same root names more finely. */
  static void keepFinest(Map<String, Located> located) {
    List<Located> all = List.copyOf(located.values());
    located.values().removeIf(e -> all.stream().anyMatch(o -> o != e && refines(o, e)));
  }

  /**
   * Whether {@code finer} is {@code coarse} with an actor named more finely and none more coarsely:
   * the same root, each code the other's or an extension of it ("ISRGOV" of "ISR").
   */
  static boolean refines(Located finer, Located coarse) {
    return finer.code().root().equals(coarse.code().root())
        && extendsCode(finer.source(), coarse.source())
        && extendsCode(finer.target(), coarse.target())
        && !(finer.source().equals(coarse.source()) && finer.target().equals(coarse.target()));
  }

  private static boolean extendsCode(ActorCode finer, ActorCode coarse) {
    if (finer.isNone() || coarse.isNone()) {
      return finer.isNone() && coarse.isNone();
    }
    return finer.value().startsWith(coarse.value());
  }
}
