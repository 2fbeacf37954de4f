package org.sitrep.coding;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The source and target of a coded verb when its pattern placed neither: the actors the words
 * before and after the verb name, an {@link Entity} or a {@link Compound}, or null when there is
 * none.
 */
final class ActorChoice {
  private final CoderConfig config;

  ActorChoice(CoderConfig config) {
    this.config = config;
  }

  static boolean isUncoded(@Nullable Object target) {
    return target == null || (target instanceof Entity entity && !entity.isCoded());
  }

  /**
   * The first compound or coded entity from the start of the clause, else any entity; in news mode
   * the nearest one before the verb, its subject ("the Ukraine war as Trump spoke").
   */
  @Nullable Object defaultSource(List<Token> upper) {
    if (config.nestedVerbs()) {
      for (Token token : upper) {
        if (token.kind() == Token.Kind.COMPOUND_OPEN || token.kind() == Token.Kind.COMPOUND_CLOSE) {
          return token.compound();
        }
        if ((token.kind() == Token.Kind.ENTITY_OPEN || token.kind() == Token.Kind.ENTITY_CLOSE)
            && token.entity().isCoded()) {
          return token.entity();
        }
      }
    }
    Entity anyEntity = null;
    for (int i = upper.size() - 1; i >= 0; i--) {
      Token token = upper.get(i);
      if (token.kind() == Token.Kind.COMPOUND_OPEN || token.kind() == Token.Kind.COMPOUND_CLOSE) {
        return token.compound();
      }
      if (token.kind() == Token.Kind.ENTITY_OPEN || token.kind() == Token.Kind.ENTITY_CLOSE) {
        if (token.entity().isCoded()) {
          return token.entity();
        }
        if (anyEntity == null) {
          anyEntity = token.entity();
        }
      }
    }
    return anyEntity;
  }

  /**
   * The first compound or other coded actor after the verb, else the first uncoded entity after it;
   * failing both, the nearest other coded actor before the verb, else the nearest uncoded one.
   */
  @Nullable Object defaultTarget(@Nullable Object source, List<Token> upper, List<Token> lower) {
    @Nullable String sourceCode = source instanceof Entity entity ? entity.code() : null;
    Entity uncoded = null;
    for (Token token : lower) {
      if (token.kind() == Token.Kind.COMPOUND_OPEN) {
        return token.compound();
      }
      if (token.kind() == Token.Kind.ENTITY_OPEN) {
        Entity entity = token.entity();
        if (entity.isCoded() && !sameActor(entity, sourceCode)) {
          return entity;
        }
        if (!entity.isCoded() && uncoded == null) {
          uncoded = entity;
        }
      }
    }
    if (uncoded != null) {
      return uncoded;
    }
    Entity upperUncoded = null;
    for (Token token : upper) {
      if (token.kind() == Token.Kind.ENTITY_CLOSE) {
        Entity entity = token.entity();
        if (entity.isCoded() && !sameActor(entity, sourceCode) && entity != source) {
          return entity;
        }
        if (!entity.isCoded() && entity != source && upperUncoded == null) {
          upperUncoded = entity;
        }
      }
    }
    return upperUncoded;
  }

  private static boolean sameActor(Entity entity, @Nullable String sourceCode) {
    return sourceCode != null && entity.code().startsWith(sourceCode);
  }
}
