package org.sitrep.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.coding.SentenceCoder.CodedEvent;
import org.sitrep.dictionaries.CodePair;
import org.sitrep.model.ActorCode;

/**
 * The events of one sentence as its verbs are coded: one per pair of source and target actor codes,
 * compounds giving one per member, in the order they were found and each once.
 */
final class EventPairs {
  private final CoderConfig config;
  private final Set<CodedEvent> events = new LinkedHashSet<>();

  EventPairs(CoderConfig config) {
    this.config = config;
  }

  List<CodedEvent> all() {
    return new ArrayList<>(events);
  }

  /** Events with a coded source and target: only those stop the walk descending into a phrase. */
  long dyads() {
    return events.stream()
        .filter(
            e ->
                !e.source().equals(ActorCode.NONE.value())
                    && !e.target().equals(ActorCode.NONE.value()))
        .count();
  }

  void emit(Object source, Object target, CodePair code, boolean passive, int verb) {
    List<Entity> sources = members(source);
    List<Entity> targets = members(target);
    List<String> sourceCodes = codes(sources);
    List<String> targetCodes = codes(targets);
    if (code.reciprocal().isPresent()) {
      if (sourceCodes.get(0).equals(ActorCode.NONE.value())) {
        sourceCodes = targetCodes;
        sources = targets;
      } else if (targetCodes.get(0).equals(ActorCode.NONE.value())) {
        targetCodes = sourceCodes;
        targets = sources;
      }
      pairs(sourceCodes, targetCodes, sources, targets, code.code(), passive, verb);
      if (!config.nestedVerbs()) {
        // news mode codes what the sentence says: "X spoke to Y" is X's act; "X and Y met"
        // still gives both directions, as the compound is source and target at once
        pairs(targetCodes, sourceCodes, targets, sources, code.reciprocal().get(), passive, verb);
      }
    } else {
      pairs(sourceCodes, targetCodes, sources, targets, code.code(), passive, verb);
    }
    if (config.requireDyad()) {
      events.removeIf(
          e ->
              e.source().equals(ActorCode.NONE.value())
                  || e.target().equals(ActorCode.NONE.value()));
    }
  }

  private void pairs(
      List<String> from,
      List<String> to,
      List<Entity> fromEntities,
      List<Entity> toEntities,
      String code,
      boolean passive,
      int verb) {
    for (int a = 0; a < from.size(); a++) {
      for (int b = 0; b < to.size(); b++) {
        String x = from.get(a);
        String y = to.get(b);
        if (x.equals(y)) {
          continue;
        }
        String xText = textOf(fromEntities, a);
        String yText = textOf(toEntities, b);
        int xAt = firstOf(fromEntities, a);
        int yAt = firstOf(toEntities, b);
        events.add(
            passive
                ? new CodedEvent(y, x, code, yText, xText, verb, yAt, xAt)
                : new CodedEvent(x, y, code, xText, yText, verb, xAt, yAt));
      }
    }
  }

  private static int firstOf(List<Entity> entities, int index) {
    return entities.isEmpty() ? -1 : entities.get(Math.min(index, entities.size() - 1)).first();
  }

  private static String textOf(List<Entity> entities, int index) {
    return entities.isEmpty() ? "" : entities.get(Math.min(index, entities.size() - 1)).text();
  }

  private static List<Entity> members(Object place) {
    if (place instanceof Compound compound) {
      return compound.members();
    }
    return List.of((Entity) place);
  }

  /** Actor codes at a place: one per coded member, quoted text for new actors, else "---". */
  private List<String> codes(List<Entity> entities) {
    List<String> out = new ArrayList<>();
    for (Entity entity : entities) {
      String code = entity.code();
      if (!entity.isCoded()
          && config.newActorLength() > 0
          && entity.words().size() <= config.newActorLength()) {
        code = "\"" + entity.text() + "\"";
      }
      if (!code.equals(ActorCode.NONE.value()) || entities.size() == 1) {
        for (String part : code.split("/")) {
          out.add(part);
        }
      }
    }
    if (out.isEmpty()) {
      out.add(ActorCode.NONE.value());
    }
    return out;
  }
}
