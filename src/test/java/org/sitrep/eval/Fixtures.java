package org.sitrep.eval;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.sitrep.model.ActorCode;
import org.sitrep.model.ActorRef;
import org.sitrep.model.CameoCode;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.LocationRule;
import org.sitrep.model.PlaceType;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;

/** Small builders for hand-made gold and predictions. */
final class Fixtures {
  private Fixtures() {}

  static GoldEvent gold(String source, String target, String code, String date, String evidence) {
    return new GoldEvent(
        source,
        target.isEmpty() ? Optional.empty() : Optional.of(target),
        code,
        date.isEmpty() ? Optional.empty() : Optional.of(GoldDate.parse(date)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        evidence,
        "");
  }

  static GoldEvent goldWithQuantity(String source, String target, String code, String quantity) {
    return new GoldEvent(
        source,
        Optional.of(target),
        code,
        Optional.empty(),
        Optional.of(quantity),
        Optional.empty(),
        Optional.empty(),
        "",
        "");
  }

  static GoldEvent goldWithLocation(String source, String target, String code, String location) {
    return new GoldEvent(
        source,
        Optional.of(target),
        code,
        Optional.empty(),
        Optional.empty(),
        Optional.of(location),
        Optional.empty(),
        "",
        "");
  }

  /** The same event, coded from sentence {@code sentence} of article {@code article}. */
  static Event inArticle(Event e, String article, int sentence) {
    return new Event(
        article,
        sentence,
        e.date(),
        e.datePrecision(),
        e.source(),
        e.target(),
        e.code(),
        e.quadClass(),
        e.goldstein(),
        e.evidence(),
        e.quantity(),
        e.claimedBy(),
        e.location());
  }

  static Event withLocation(Event e, String name) {
    return e.withLocation(
        new Location(name, "RUS", 55.75, 37.62, 524901, PlaceType.CITY, LocationRule.TARGET));
  }

  static Event event(
      String source, String target, String code, String date, String precision, String evidence) {
    return new Event(
        "a1",
        0,
        LocalDate.parse(date),
        DatePrecision.of(precision),
        ActorRef.of(source, source.toLowerCase(Locale.ROOT)),
        target.isEmpty()
            ? Optional.empty()
            : Optional.of(ActorRef.of(target, target.toLowerCase(Locale.ROOT))),
        CameoCode.of(code),
        OptionalInt.empty(),
        OptionalDouble.empty(),
        new Evidence(evidence, 0, evidence.length()),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** An event coded from sentence {@code sentence}, whose text is {@code evidence}. */
  static Event eventIn(int sentence, String source, String target, String code, String evidence) {
    Event e = event(source, target, code, "2024-11-11", "published", evidence);
    return inArticle(e, e.article(), sentence);
  }

  static Event event(String source, String target, String code) {
    return event(source, target, code, "2024-11-11", "published", "Some sentence.");
  }

  static Event withQuantity(Event e, String text) {
    return new Event(
        e.article(),
        e.sentence(),
        e.date(),
        e.datePrecision(),
        e.source(),
        e.target(),
        e.code(),
        e.quadClass(),
        e.goldstein(),
        e.evidence(),
        Optional.of(new Quantity(1, "things", text)),
        e.claimedBy(),
        e.location());
  }

  static GoldQuote goldQuote(String speaker, String code, String startsWith) {
    return new GoldQuote(
        speaker, code.isEmpty() ? Optional.empty() : Optional.of(code), startsWith);
  }

  static Quote quote(String speaker, String code, String text) {
    return new Quote(
        "a1",
        speaker,
        code.isEmpty() ? Optional.empty() : Optional.of(ActorCode.of(code)),
        text,
        0,
        text.length());
  }
}
