package org.sitrep.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.sitrep.bench.SyntheticWorld.Actor;

/**
 * The event queries {@code bench-store} times: the dashboard's and an analyst's filters over {@link
 * SyntheticWorld}'s cast, one kind after another in a fixed order, each kind's values drawn from a
 * seed as the articles' were (common actors are asked about most).
 *
 * <pre>
 * {@code new StoreQueryMix(7).next().params()  // {actor=RUS, root=19, from=2023-05-01, to=2023-05-31}}
 * </pre>
 */
final class StoreQueryMix {
  private static final long MONTHS =
      ChronoUnit.MONTHS.between(SyntheticWorld.FIRST_DAY, SyntheticWorld.LAST_DAY.plusDays(1));

  /** What a query asks for; {@link #NEXT_PAGE} asks for the second page of another kind's query. */
  enum Kind {
    ACTOR("actor"),
    ACTOR_MONTH("actor+month"),
    DYAD("dyad"),
    ACTOR_ROOT_MONTH("actor+root+month"),
    ROOT_MONTH("root+month"),
    MONTH("month"),
    COUNTRY("country"),
    CODE("code prefix"),
    OUTLET("outlet"),
    TEXT("text"),
    NEXT_PAGE("next page");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** One query: its kind and its filter as API parameters ({@code limit} and cursor aside). */
  record Query(Kind kind, Map<String, String> params) {
    Query {
      params = Map.copyOf(params);
    }
  }

  /** The kinds a first page can be of: all but {@code NEXT_PAGE}, in declaration order. */
  private static final Kind[] FIRST_PAGE_KINDS =
      EnumSet.complementOf(EnumSet.of(Kind.NEXT_PAGE)).toArray(new Kind[0]);

  private final SplittableRandom random;
  private int issued;

  StoreQueryMix(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The next query of the mix; a {@code NEXT_PAGE} one carries the filter of its first page. */
  Query next() {
    return draw(Kind.values()[issued++ % Kind.values().length]);
  }

  /** A query of this kind, drawn afresh (a next page needs a first page that has one). */
  Query draw(Kind kind) {
    if (kind == Kind.NEXT_PAGE) {
      Kind base = FIRST_PAGE_KINDS[random.nextInt(FIRST_PAGE_KINDS.length)];
      return new Query(kind, filter(base));
    }
    return new Query(kind, filter(kind));
  }

  private Map<String, String> filter(Kind kind) {
    Map<String, String> p = new LinkedHashMap<>();
    switch (kind) {
      case ACTOR -> p.put("actor", actor());
      case ACTOR_MONTH -> {
        p.put("actor", actor());
        month(p);
      }
      case DYAD -> {
        Actor source = SyntheticWorld.ACTORS.pick(random);
        Actor target = SyntheticWorld.ACTORS.pick(random);
        while (target.country().equals(source.country())) {
          target = SyntheticWorld.ACTORS.pick(random);
        }
        boolean whole = random.nextDouble() < 0.7; // mostly country to country: RUS -> UKR
        p.put("source", whole ? source.country().code() : source.code());
        p.put("target", whole ? target.country().code() : target.code());
      }
      case ACTOR_ROOT_MONTH -> {
        p.put("actor", SyntheticWorld.ACTORS.pick(random).country().code());
        p.put("root", SyntheticWorld.VERBS.pick(random).code().substring(0, 2));
        month(p);
      }
      case ROOT_MONTH -> {
        p.put("root", SyntheticWorld.VERBS.pick(random).code().substring(0, 2));
        month(p);
      }
      case MONTH -> month(p);
      case COUNTRY -> p.put("country", SyntheticWorld.ACTORS.pick(random).country().code());
      case CODE -> {
        String code = SyntheticWorld.VERBS.pick(random).code();
        p.put("code", random.nextBoolean() ? code : code.substring(0, 2));
      }
      case OUTLET -> {
        p.put("outlet", SyntheticWorld.OUTLETS.pick(random).name());
        if (random.nextBoolean()) {
          month(p);
        }
      }
      case TEXT ->
          p.put(
              "q",
              random.nextDouble() < 0.7
                  ? SyntheticWorld.TOPICS.pick(random)
                  : SyntheticWorld.TOPICS.pick(random) + " " + SyntheticWorld.TOPICS.pick(random));
      case NEXT_PAGE ->
          throw new IllegalArgumentException("a next page has the filter of another kind");
    }
    return p;
  }

  /** A country prefix (RUS) most of the time, else a whole code (RUSMIL). */
  private String actor() {
    Actor actor = SyntheticWorld.ACTORS.pick(random);
    return random.nextDouble() < 0.6 ? actor.country().code() : actor.code();
  }

  private void month(Map<String, String> p) {
    LocalDate first = SyntheticWorld.FIRST_DAY.plusMonths(random.nextLong(MONTHS));
    p.put("from", first.toString());
    p.put("to", first.plusMonths(1).minusDays(1).toString());
  }
}
