package org.sitrep.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.sitrep.bench.SyntheticWorld.Actor;
import org.sitrep.bench.SyntheticWorld.Country;
import org.sitrep.bench.SyntheticWorld.Verb;
import org.sitrep.cameo.ActorCodeNames;
import org.sitrep.cameo.GoldsteinScale;
import org.sitrep.events.EventFactory;
import org.sitrep.model.ActorCode;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Article;
import org.sitrep.model.CameoCode;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.LocationRule;
import org.sitrep.model.PlaceType;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;

/**
 * Coded articles made up from a seed, for measuring the store at sizes no test corpus reaches: the
 * same seed always gives the same articles.
 *
 * <pre>{@code CodedArticle first = new SyntheticArticles(1).next(20);}</pre>
 *
 * <p>Each article is about one pair of actors (most of its 12 to 28 events are between them, the
 * rest between actors drawn from all of {@link SyntheticWorld}), from one outlet, published on a
 * day of {@link SyntheticWorld#FIRST_DAY} to {@link SyntheticWorld#LAST_DAY}; its events are dated
 * that day or up to two days before. Every event has its own sentence, which names its actors, its
 * action, sometimes a place or a quantity, and topic words for free-text search; a few sentences
 * carry no event, and one quotes the first actor.
 *
 * <p>Half the articles follow up one of the last {@value #RECENT} articles: another outlet, the
 * same day or the next, the same pair of actors, and most of their events are the earlier article's
 * events told again in other words (the same actors, code, day and place; now and then another
 * figure, or the figure as the other side claims it), so that storing them merges reports into
 * events as real news does; the rest are new events.
 */
public final class SyntheticArticles {
  private static final long DAYS =
      ChronoUnit.DAYS.between(SyntheticWorld.FIRST_DAY, SyntheticWorld.LAST_DAY) + 1;
  private final long seed;
  private final SplittableRandom random;
  private final GoldsteinScale goldstein = GoldsteinScale.gdelt();
  private final EventFactory events = new EventFactory(goldstein);
  private final List<CodedArticle> recent = new ArrayList<>();
  private long made;

  /** Articles a follow-up may take its events from: those of the last few hours of news. */
  static final int RECENT = 64;

  /** The share of articles that follow up an earlier one. */
  private static final double FOLLOW_UP = 0.5;

  /** The share of a follow-up's events that tell again one of the earlier article's. */
  private static final double RETOLD = 0.7;

  public SyntheticArticles(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** The next article, with 12 to 28 events but at most {@code maxEvents}. */
  public CodedArticle next(int maxEvents) {
    if (maxEvents < 1) {
      throw new IllegalArgumentException("an article needs at least one event: " + maxEvents);
    }
    made++;
    String id = "synthetic-" + seed + "-" + made;
    Optional<CodedArticle> earlier =
        !recent.isEmpty() && random.nextDouble() < FOLLOW_UP
            ? Optional.of(recent.get(random.nextInt(recent.size())))
            : Optional.empty();
    LocalDate published =
        earlier
            .map(e -> min(e.article().published().orElseThrow().plusDays(random.nextInt(2))))
            .orElseGet(() -> SyntheticWorld.FIRST_DAY.plusDays(random.nextLong(DAYS)));
    SyntheticWorld.Outlet outlet = outlet(earlier);
    Actor[] pair = pair(earlier);
    Actor first = pair[0];
    Actor second = pair[1];
    String topic = SyntheticWorld.TOPICS.pick(random);

    Text text = new Text();
    List<Event> events = new ArrayList<>();
    int count = Math.min(maxEvents, 12 + random.nextInt(17));
    for (int i = 0; i < count; i++) {
      if (i % 4 == 3) {
        text.add(filler(first.country(), topic));
      }
      Optional<Event> told =
          earlier
              .filter(e -> random.nextDouble() < RETOLD)
              .map(e -> e.events().get(random.nextInt(e.events().size())));
      events.add(
          told.isPresent()
              ? retold(id, told.get(), text)
              : event(id, published, first, second, topic, text));
    }
    Quote quote = quote(id, first, topic, text);

    String title = capitalized(topic) + ": " + first.text() + " and " + second.text();
    Article article =
        new Article(
            id,
            Optional.of(published),
            Optional.of(outlet.name()),
            Optional.of(title),
            text.toString(),
            Optional.of("https://" + outlet.domain() + "/" + published.getYear() + "/" + id),
            "synthetic seed " + seed);
    CodedArticle coded =
        new CodedArticle(
            article, text.sentences(), events, List.of(quote), text.sentences().size());
    recent.add(coded);
    if (recent.size() > RECENT) {
      recent.remove(0);
    }
    return coded;
  }

  /** The article's two actors: a follow-up's are those of the earlier article's first event. */
  private Actor[] pair(Optional<CodedArticle> earlier) {
    Actor first =
        earlier
            .map(e -> actor(e.events().get(0).source()))
            .orElseGet(() -> SyntheticWorld.ACTORS.pick(random));
    Actor second =
        earlier
            .flatMap(e -> e.events().get(0).target())
            .map(SyntheticArticles::actor)
            .orElseGet(() -> other(first));
    return new Actor[] {first, second};
  }

  /** The outlet of an article: for a follow-up, another than the earlier article's. */
  private SyntheticWorld.Outlet outlet(Optional<CodedArticle> earlier) {
    SyntheticWorld.Outlet outlet = SyntheticWorld.OUTLETS.pick(random);
    while (earlier.isPresent()
        && earlier.get().article().outlet().orElseThrow().equals(outlet.name())) {
      outlet = SyntheticWorld.OUTLETS.pick(random);
    }
    return outlet;
  }

  /** The sentence that quotes the article's first actor, and its quote. */
  private static Quote quote(String id, Actor first, String topic, Text text) {
    String said = "We are ready to discuss the " + topic + " with anyone who is serious";
    int quoteStart =
        text.add("\"" + said + ",\" " + first.text() + " said.").start() + 1; // after the mark
    return new Quote(
        id,
        first.text(),
        Optional.of(ActorCode.of(first.code())),
        said,
        quoteStart,
        quoteStart + said.length());
  }

  /**
   * An earlier article's event as another article tells it: other words, the same actors, code, day
   * and place; a fifth of the time another figure, and now and then the figure is the other side's
   * claim.
   */
  private Event retold(String id, Event told, Text text) {
    Optional<Quantity> quantity = told.quantity();
    if (quantity.isPresent() && random.nextDouble() < 0.2) {
      Quantity q = quantity.get();
      double other = Math.max(1, Math.round(q.value() * (0.3 + random.nextDouble())));
      quantity = Optional.of(new Quantity(other, q.unit(), (long) other + " " + q.unit()));
    }
    Optional<ActorRef> claimant =
        told.target().isPresent() && random.nextDouble() < 0.15 ? told.target() : Optional.empty();
    StringBuilder sentence = new StringBuilder();
    claimant.ifPresent(c -> sentence.append(capitalized(c.text())).append(" said that "));
    sentence
        .append(claimant.isPresent() ? told.source().text() : capitalized(told.source().text()))
        .append(" was reported to have acted against ")
        .append(told.target().map(ActorRef::text).orElse("no one named"));
    told.location().ifPresent(place -> sentence.append(" near ").append(place.name()));
    quantity.ifPresent(q -> sentence.append(", with ").append(q.text()));
    sentence.append(", according to accounts seen on the day.");
    Sentence s = text.add(sentence.toString());
    return events.event(
        new EventFactory.Where(id, s.index(), new Evidence(s.text(), s.start(), s.end())),
        told.date(),
        told.datePrecision(),
        told.source(),
        told.target(),
        told.code(),
        new EventFactory.Details(quantity, claimant, told.location()));
  }

  private static LocalDate min(LocalDate day) {
    return day.isAfter(SyntheticWorld.LAST_DAY) ? SyntheticWorld.LAST_DAY : day;
  }

  /** The cast member an event's actor is. */
  private static Actor actor(ActorRef ref) {
    return SyntheticWorld.ACTORS.items().stream()
        .filter(a -> a.code().equals(ref.code().value()))
        .findFirst()
        .orElseThrow();
  }

  private Event event(
      String id, LocalDate published, Actor first, Actor second, String topic, Text text) {
    Actor source;
    Actor target;
    if (random.nextDouble() < 0.6) {
      boolean forward = random.nextBoolean();
      source = forward ? first : second;
      target = forward ? second : first;
    } else {
      source = SyntheticWorld.ACTORS.pick(random);
      target = other(source);
    }
    Verb verb = SyntheticWorld.VERBS.pick(random);
    boolean alone = !verb.alone().isEmpty() && random.nextDouble() < 0.3;
    Optional<Location> place = Optional.empty();
    Optional<Quantity> quantity = Optional.empty();
    StringBuilder sentence =
        new StringBuilder(capitalized(source.text()))
            .append(' ')
            .append(alone ? verb.alone() : verb.withTarget() + " " + target.text());
    if (random.nextDouble() < 0.4) {
      Country country = alone ? source.country() : target.country();
      place = Optional.of(capital(country));
      sentence.append(" in ").append(country.capital());
    }
    if (!verb.unit().isEmpty() && random.nextDouble() < 0.3) {
      int n = 2 + random.nextInt(300);
      quantity =
          Optional.of(
              verb.unit().equals("USD")
                  ? new Quantity(n * 1e6, "USD", "$" + n + " million")
                  : new Quantity(n, verb.unit(), n + " " + verb.unit()));
      sentence.append(", involving ").append(quantity.get().text());
    }
    String word = random.nextBoolean() ? topic : SyntheticWorld.TOPICS.pick(random);
    sentence
        .append(" amid concerns over ")
        .append(word)
        .append(" and ")
        .append(SyntheticWorld.TOPICS.pick(random))
        .append('.');
    Sentence s = text.add(sentence.toString());
    boolean exact = random.nextDouble() < 0.7;
    LocalDate date = exact ? published.minusDays(random.nextInt(3)) : published;
    if (date.isBefore(SyntheticWorld.FIRST_DAY)) {
      date = SyntheticWorld.FIRST_DAY;
    }
    score(verb.code());
    return events.event(
        new EventFactory.Where(id, s.index(), new Evidence(s.text(), s.start(), s.end())),
        date,
        exact ? DatePrecision.DAY : DatePrecision.PUBLISHED,
        ref(source),
        alone ? Optional.empty() : Optional.of(ref(target)),
        CameoCode.of(verb.code()),
        new EventFactory.Details(quantity, Optional.empty(), place));
  }

  /** The actor named as the pipeline names one it has no dictionary entry for: by its code. */
  private static ActorRef ref(Actor actor) {
    String name = ActorCodeNames.bundled().name(actor.code()).orElse(actor.text());
    return ActorRef.of(actor.code(), actor.text(), name);
  }

  /** The country's capital as a location found in the event's clause. */
  private static Location capital(Country country) {
    return new Location(
        country.capital(),
        country.code(),
        country.lat(),
        country.lon(),
        9_000_000L + SyntheticWorld.COUNTRIES.indexOf(country),
        PlaceType.CITY,
        LocationRule.CLAUSE);
  }

  private OptionalDouble score(String code) {
    OptionalDouble score = goldstein.score(code);
    if (score.isEmpty()) {
      throw new IllegalStateException("CAMEO code unknown to the Goldstein scale: " + code);
    }
    return score;
  }

  /** An actor other than {@code actor}, of another country when the draws allow. */
  private Actor other(Actor actor) {
    Actor other = SyntheticWorld.ACTORS.pick(random);
    for (int tries = 0; tries < 8 && other.country().equals(actor.country()); tries++) {
      other = SyntheticWorld.ACTORS.pick(random);
    }
    if (other.code().equals(actor.code())) { // no luck: the most covered actor of another country
      return SyntheticWorld.ACTORS.items().stream()
          .filter(a -> !a.country().equals(actor.country()))
          .findFirst()
          .orElseThrow();
    }
    return other;
  }

  private String filler(Country country, String topic) {
    return capitalized(country.adjective())
        + " officials said the "
        + topic
        + " would shape "
        + SyntheticWorld.TOPICS.pick(random)
        + " in the coming weeks.";
  }

  private static String capitalized(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /** The article text as it grows, one sentence after another, with the sentences' spans. */
  private static final class Text {
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();

    Sentence add(String sentence) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      int start = text.length();
      text.append(sentence);
      Sentence s = new Sentence(sentences.size(), sentence, start, text.length());
      sentences.add(s);
      return s;
    }

    List<Sentence> sentences() {
      return sentences;
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
