package org.sitrep.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jspecify.annotations.Nullable;
import org.sitrep.merge.Disagreement;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Article;
import org.sitrep.model.CameoCode;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.LocationRule;
import org.sitrep.model.PlaceType;
import org.sitrep.model.Quantity;

/** How an {@link Event} maps to a row of {@code events} or {@code mentions} and back. */
final class EventColumns {
  /** The columns an event and its mentions share: the event as one article told it. */
  static final String COLUMNS =
      "article_id, sentence_id, sentence_idx, outlet, url, event_date,"
          + " date_precision, source_code, source_country, source_text, source_name, target_code, target_country,"
          + " target_text, target_name, code, root, quad_class, goldstein, quantity_value, quantity_unit, quantity_text,"
          + " claimed_by_code, claimed_by_text, claimed_by_name, location_name, location_country, location_lat,"
          + " location_lon, location_geonames_id, location_type, location_rule, evidence_text, evidence_start,"
          + " evidence_end";

  static final String VALUES =
      ":article, :sentenceId, :sentence, :outlet, :url, :date, :precision, :source,"
          + " :sourceCountry, :sourceText, :sourceName, :target, :targetCountry, :targetText, :targetName, :code, :root,"
          + " :quad, :goldstein, :qValue, :qUnit, :qText, :claimCode, :claimText, :claimName, :place, :placeCountry,"
          + " :lat, :lon, :geonames, :placeType, :rule, :evidence, :start, :end";

  /** A new event, founded by its first mention. */
  static final String INSERT_EVENT =
      "INSERT INTO events ("
          + COLUMNS
          + ", mentions, articles, sources, first_seen, last_seen, contested) VALUES ("
          + VALUES
          + ", 1, 1, 1, :published, :published, '')";

  /** A mention of the event {@code :eventId}. */
  static final String INSERT_MENTION =
      "INSERT INTO mentions (event_id, published, "
          + COLUMNS
          + ") VALUES (:eventId, :published, "
          + VALUES
          + ")";

  private EventColumns() {}

  /** Binds the event as {@code article} told it in its sentence {@code sentenceId}. */
  static <S extends SqlStatement<S>> S bind(
      S statement, Event e, Article article, Optional<Long> sentenceId) {
    Optional<Quantity> q = e.quantity();
    Optional<Location> place = e.location();
    return statement
        .bind("article", e.article())
        .bind("published", article.published().map(Object::toString).orElse(null))
        .bind("sentenceId", sentenceId.orElse(null))
        .bind("sentence", e.sentence())
        .bind("outlet", article.outlet().orElse(null))
        .bind("url", article.url().orElse(null))
        .bind("date", e.date().toString())
        .bind("precision", e.datePrecision().label())
        .bind("source", e.source().code().value())
        .bind("sourceCountry", country(e.source().code().value()))
        .bind("sourceText", e.source().text())
        .bind("sourceName", e.source().name())
        .bind("target", e.target().map(t -> t.code().value()).orElse(null))
        .bind("targetCountry", e.target().map(t -> country(t.code().value())).orElse(null))
        .bind("targetText", e.target().map(ActorRef::text).orElse(null))
        .bind("targetName", e.target().map(ActorRef::name).orElse(null))
        .bind("code", e.code().value())
        .bind("root", e.root())
        .bind("quad", e.quadClass().isPresent() ? e.quadClass().getAsInt() : null)
        .bind("goldstein", e.goldstein().isPresent() ? e.goldstein().getAsDouble() : null)
        .bind("qValue", q.map(Quantity::value).orElse(null))
        .bind("qUnit", q.map(Quantity::unit).orElse(null))
        .bind("qText", q.map(Quantity::text).orElse(null))
        .bind("claimCode", e.claimedBy().map(c -> c.code().value()).orElse(null))
        .bind("claimText", e.claimedBy().map(ActorRef::text).orElse(null))
        .bind("claimName", e.claimedBy().map(ActorRef::name).orElse(null))
        .bind("place", place.map(Location::name).orElse(null))
        .bind("placeCountry", place.map(Location::country).orElse(null))
        .bind("lat", place.map(Location::lat).orElse(null))
        .bind("lon", place.map(Location::lon).orElse(null))
        .bind("geonames", place.map(Location::geonamesId).orElse(null))
        .bind("placeType", place.map(p -> p.type().label()).orElse(null))
        .bind("rule", place.map(p -> p.rule().label()).orElse(null))
        .bind("evidence", e.evidence().text())
        .bind("start", e.evidence().start())
        .bind("end", e.evidence().end());
  }

  /** The CAMEO country part of an actor code: "RUS" of "RUSMIL", "IGO" of "IGOEUREEC". */
  static String country(String code) {
    return code.length() <= 3 ? code : code.substring(0, 3);
  }

  /** A row of {@code events}: the event as first told, with its coverage. */
  static StoredEvent read(ResultSet rs) throws SQLException {
    return new StoredEvent(
        rs.getLong("id"),
        Optional.ofNullable(rs.getString("outlet")),
        Optional.ofNullable(rs.getString("url")),
        event(rs),
        coverage(rs));
  }

  /** A row of {@code mentions}. */
  static StoredMention readMention(ResultSet rs) throws SQLException {
    return new StoredMention(
        rs.getLong("id"),
        rs.getLong("event_id"),
        Optional.ofNullable(rs.getString("outlet")),
        Optional.ofNullable(rs.getString("url")),
        date(rs.getString("published")),
        event(rs));
  }

  /**
   * A row of {@code mentions} joined to its event's coverage columns: an article's own report,
   * under the id of the event it was merged into.
   */
  static StoredEvent readReport(ResultSet rs) throws SQLException {
    return new StoredEvent(
        rs.getLong("event_id"),
        Optional.ofNullable(rs.getString("outlet")),
        Optional.ofNullable(rs.getString("url")),
        event(rs),
        coverage(rs));
  }

  private static Coverage coverage(ResultSet rs) throws SQLException {
    return new Coverage(
        rs.getInt("mentions"),
        rs.getInt("articles"),
        rs.getInt("sources"),
        date(rs.getString("first_seen")),
        date(rs.getString("last_seen")),
        Disagreement.parse(text(rs, "contested")));
  }

  private static Optional<LocalDate> date(@Nullable String iso) {
    return iso == null || iso.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(iso));
  }

  private static Event event(ResultSet rs) throws SQLException {
    Optional<ActorRef> target =
        Optional.ofNullable(rs.getString("target_code")).map(code -> actor(rs, code, "target"));
    Optional<ActorRef> claimant =
        Optional.ofNullable(rs.getString("claimed_by_code"))
            .map(code -> actor(rs, code, "claimed_by"));
    Optional<Quantity> quantity =
        Optional.ofNullable(rs.getString("quantity_unit"))
            .map(
                unit ->
                    new Quantity(number(rs, "quantity_value"), unit, text(rs, "quantity_text")));
    Optional<Location> location = Optional.empty();
    String place = rs.getString("location_name");
    if (place != null) {
      location =
          Optional.of(
              new Location(
                  place,
                  rs.getString("location_country"),
                  rs.getDouble("location_lat"),
                  rs.getDouble("location_lon"),
                  rs.getLong("location_geonames_id"),
                  PlaceType.of(rs.getString("location_type")),
                  LocationRule.of(rs.getString("location_rule"))));
    }
    int quad = rs.getInt("quad_class");
    OptionalInt quadClass = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(quad);
    double score = rs.getDouble("goldstein");
    OptionalDouble goldstein = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(score);
    return new Event(
        rs.getString("article_id"),
        rs.getInt("sentence_idx"),
        LocalDate.parse(rs.getString("event_date")),
        DatePrecision.of(rs.getString("date_precision")),
        actor(rs, rs.getString("source_code"), "source"),
        target,
        CameoCode.of(rs.getString("code")),
        quadClass,
        goldstein,
        new Evidence(
            rs.getString("evidence_text"), rs.getInt("evidence_start"), rs.getInt("evidence_end")),
        quantity,
        claimant,
        location);
  }

  /** An actor of the row; one stored before names were, by its code's name (V3 migration). */
  private static ActorRef actor(ResultSet rs, String code, String side) {
    String text = text(rs, side + "_text");
    String name = text(rs, side + "_name");
    return ActorRef.of(code, text, name.isEmpty() ? ActorLabels.codeName(code, text) : name);
  }

  private static String text(ResultSet rs, String column) {
    try {
      String value = rs.getString(column);
      return value == null ? "" : value;
    } catch (SQLException e) {
      throw new StoreException("cannot read column " + column, e);
    }
  }

  private static double number(ResultSet rs, String column) {
    try {
      return rs.getDouble(column);
    } catch (SQLException e) {
      throw new StoreException("cannot read column " + column, e);
    }
  }
}
