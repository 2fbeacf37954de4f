package org.sitrep.coding;

import java.util.List;

/** A compound noun phrase ("Arnor, Osgiliath and Gondor"): each member is an actor of its own. */
final class Compound {
  private final List<Entity> members;

  Compound(List<Entity> members) {
    this.members = List.copyOf(members);
  }

  List<Entity> members() {
    return members;
  }

  @Override
  public String toString() {
    return "NEC" + members;
  }
}
