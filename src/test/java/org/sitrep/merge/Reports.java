package org.sitrep.merge;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.sitrep.model.ActorRef;
import org.sitrep.model.CameoCode;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.LocationRule;
import org.sitrep.model.PlaceType;
import org.sitrep.model.Quantity;

/** Coded events built by hand for the merging tests: one article, one sentence each. */
final class Reports {
  static final Location KYIV =
      new Location("Kyiv", "UKR", 50.45, 30.52, 703448, PlaceType.CITY, LocationRule.CLAUSE);
  static final Location ODESA =
      new Location("Odesa", "UKR", 46.48, 30.73, 698740, PlaceType.CITY, LocationRule.CLAUSE);
  static final Location UKRAINE =
      new Location("Ukraine", "UKR", 49.0, 32.0, 690791, PlaceType.COUNTRY, LocationRule.CLAUSE);

  private String article = "a";
  private int sentence = 0;
  private String date = "2025-03-07";
  private DatePrecision precision = DatePrecision.DAY;
  private String source = "RUS";
  private String target = "UKR";
  private String code = "195";
  private String text = "Russia launched a drone attack on Ukraine.";
  private Optional<Quantity> quantity = Optional.empty();
  private Optional<ActorRef> claimant = Optional.empty();
  private Optional<Location> place = Optional.empty();

  static Reports report() {
    return new Reports();
  }

  Reports in(String articleId, int sentenceIndex) {
    this.article = articleId;
    this.sentence = sentenceIndex;
    return this;
  }

  Reports on(String isoDate, DatePrecision datePrecision) {
    this.date = isoDate;
    this.precision = datePrecision;
    return this;
  }

  Reports by(String sourceCode, String targetCode) {
    this.source = sourceCode;
    this.target = targetCode;
    return this;
  }

  Reports code(String cameo) {
    this.code = cameo;
    return this;
  }

  Reports saying(String sentenceText) {
    this.text = sentenceText;
    return this;
  }

  Reports counting(double value, String unit) {
    this.quantity = Optional.of(new Quantity(value, unit, (long) value + " " + unit));
    return this;
  }

  Reports claimedBy(String code) {
    this.claimant = Optional.of(ActorRef.of(code, code.toLowerCase(java.util.Locale.ROOT)));
    return this;
  }

  Reports at(Location location) {
    this.place = Optional.of(location);
    return this;
  }

  Event event() {
    return new Event(
        article,
        sentence,
        LocalDate.parse(date),
        precision,
        ActorRef.of(source, source),
        target.isEmpty() ? Optional.empty() : Optional.of(ActorRef.of(target, target)),
        CameoCode.of(code),
        OptionalInt.of(4),
        OptionalDouble.of(-9.5),
        new Evidence(text, 0, text.length()),
        quantity,
        claimant,
        place);
  }

  Report told(String outlet) {
    return new Report(event(), Optional.of(outlet), Optional.of(LocalDate.parse(date)));
  }
}
