package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.sitrep.model.ActorCode;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Article;
import org.sitrep.model.CameoCode;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;

/**
 * Coded articles built by hand for store tests: each sentence a line, each event on its sentence.
 */
public final class Articles {
  private final String id;
  private final LocalDate published;
  private final String outlet;
  private final List<String> lines = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();

  private Articles(String id, LocalDate published, String outlet) {
    this.id = id;
    this.published = published;
    this.outlet = outlet;
  }

  public static Articles article(String id, String published, String outlet) {
    return new Articles(id, LocalDate.parse(published), outlet);
  }

  /** A sentence with one event coded from it. */
  public Articles event(
      String sentence,
      String date,
      String source,
      String target,
      String code,
      int quad,
      double goldstein) {
    return event(
        sentence, date, source, target, code, quad, goldstein, Optional.empty(), Optional.empty());
  }

  public Articles event(
      String sentence,
      String date,
      String source,
      String target,
      String code,
      int quad,
      double goldstein,
      Optional<Quantity> quantity,
      Optional<Location> place) {
    int index = lines.size();
    lines.add(sentence);
    int start = offset(index);
    events.add(
        new Event(
            id,
            index,
            LocalDate.parse(date),
            DatePrecision.DAY,
            ActorRef.of(source, source.toLowerCase(Locale.ROOT)),
            target.isEmpty()
                ? Optional.empty()
                : Optional.of(ActorRef.of(target, target.toLowerCase(Locale.ROOT))),
            CameoCode.of(code),
            OptionalInt.of(quad),
            OptionalDouble.of(goldstein),
            new Evidence(sentence, start, start + sentence.length()),
            quantity,
            Optional.of(ActorRef.of("UKRMIL", "the air force")).filter(a -> quantity.isPresent()),
            place));
    return this;
  }

  /** A sentence with one event between two actors given whole, with their names. */
  public Articles event(String sentence, String date, ActorRef source, ActorRef target) {
    int index = lines.size();
    lines.add(sentence);
    int start = offset(index);
    events.add(
        new Event(
            id,
            index,
            LocalDate.parse(date),
            DatePrecision.DAY,
            source,
            Optional.of(target),
            CameoCode.of("190"),
            OptionalInt.of(4),
            OptionalDouble.of(-10.0),
            new Evidence(sentence, start, start + sentence.length()),
            Optional.empty(),
            Optional.of(source),
            Optional.empty()));
    return this;
  }

  /** A sentence that holds a quote. */
  public Articles quote(String sentence, String speaker, String code) {
    int index = lines.size();
    lines.add(sentence);
    int start = offset(index);
    quotes.add(
        new Quote(
            id,
            speaker,
            Optional.ofNullable(code).map(ActorCode::of),
            sentence,
            start,
            start + sentence.length()));
    return this;
  }

  public CodedArticle coded() {
    String text = String.join(" ", lines);
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      sentences.add(new Sentence(i, lines.get(i), offset(i), offset(i) + lines.get(i).length()));
    }
    Article article =
        new Article(
            id,
            Optional.of(published),
            Optional.of(outlet),
            Optional.of("Title of " + id),
            text,
            Optional.of("https://example.org/" + id),
            id + ".json");
    return new CodedArticle(article, sentences, events, quotes, events.size());
  }

  private int offset(int index) {
    int start = 0;
    for (int i = 0; i < index; i++) {
      start += lines.get(i).length() + 1;
    }
    return start;
  }
}
