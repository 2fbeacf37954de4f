package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.CameoCode;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.LocationRule;
import org.sitrep.model.PlaceType;
import org.sitrep.model.Quantity;

class EventJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Event strike() {
    String text = "Russia launched 145 drones at Ukraine on Sunday, Kyiv said.";
    return new Event(
        "seed",
        27,
        LocalDate.of(2024, 11, 10),
        DatePrecision.DAY,
        ActorRef.of("RUSMIL", "Russia"),
        Optional.of(ActorRef.of("UKR", "Ukraine")),
        CameoCode.of("195"),
        OptionalInt.of(4),
        OptionalDouble.of(-10.0),
        new Evidence(text, 3650, 3650 + text.length()),
        Optional.of(new Quantity(145, "drones", "145 drones")),
        Optional.of(ActorRef.of("UKRGOV", "Kyiv", "Ukraine government")),
        Optional.of(
            new Location(
                "Ukraine",
                "UKR",
                49.0,
                32.0,
                690791,
                PlaceType.COUNTRY,
                LocationRule.TARGET_COUNTRY)));
  }

  static Event bare() {
    return new Event(
        "a1",
        0,
        LocalDate.of(2024, 11, 11),
        DatePrecision.PUBLISHED,
        ActorRef.of("USA", "Washington"),
        Optional.empty(),
        CameoCode.of("010"),
        OptionalInt.empty(),
        OptionalDouble.empty(),
        new Evidence("x", 0, 1),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void writesQuantityClaimantAndLocationWhenKnown() throws Exception {
    JsonNode node = MAPPER.readTree(EventJson.line(strike()));

    assertThat(node.get("date").asText()).isEqualTo("2024-11-10");
    assertThat(node.get("quantity").toString())
        .isEqualTo("{\"value\":145,\"unit\":\"drones\",\"text\":\"145 drones\"}");
    assertThat(node.get("claimed_by").toString())
        .isEqualTo("{\"code\":\"UKRGOV\",\"text\":\"Kyiv\",\"name\":\"Ukraine government\"}");
    assertThat(node.get("location").toString())
        .isEqualTo(
            "{\"name\":\"Ukraine\",\"country\":\"UKR\",\"lat\":49.0,\"lon\":32.0,"
                + "\"geonames_id\":690791,\"type\":\"country\",\"rule\":\"target-country\"}");
  }

  @Test
  void writesNullForWhatTheProducerCouldNotKnow() throws Exception {
    JsonNode node = MAPPER.readTree(EventJson.line(bare()));

    assertThat(node.get("target").isNull()).isTrue();
    assertThat(node.get("quad_class").isNull()).isTrue();
    assertThat(node.get("quantity").isNull()).isTrue();
    assertThat(node.get("claimed_by").isNull()).isTrue();
    assertThat(node.get("location").isNull()).isTrue();
  }

  @Test
  void writesAFractionalQuantityAsADecimal() throws Exception {
    Event e = strike();
    Event half =
        new Event(
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
            Optional.of(new Quantity(1.5, "USD", "$1.5")),
            e.claimedBy(),
            e.location());

    assertThat(MAPPER.readTree(EventJson.line(half)).at("/quantity/value").asDouble())
        .isEqualTo(1.5);
  }

  @Test
  void aStoredEventsLineCarriesItsCoverage() throws Exception {
    EventCoverage told =
        new EventCoverage(
            4,
            3,
            2,
            Optional.of(LocalDate.of(2024, 11, 10)),
            Optional.of(LocalDate.of(2024, 11, 12)),
            List.of("quantity", "claimant"));

    JsonNode node =
        MAPPER.readTree(
            EventJson.line(strike(), 17, Optional.of("Reuters"), Optional.empty(), told));

    assertThat(node.get("id").asLong()).isEqualTo(17);
    assertThat(node.get("mentions").asInt()).isEqualTo(4);
    assertThat(node.get("articles").asInt()).isEqualTo(3);
    assertThat(node.get("sources").asInt()).isEqualTo(2);
    assertThat(node.get("first_seen").asText()).isEqualTo("2024-11-10");
    assertThat(node.get("last_seen").asText()).isEqualTo("2024-11-12");
    assertThat(node.get("contested").toString()).isEqualTo("[\"quantity\",\"claimant\"]");
    // the record itself is the first report's, as an event coded and not stored writes it
    assertThat(node.get("quantity").get("value").asInt()).isEqualTo(145);

    JsonNode agreed =
        MAPPER.readTree(
            EventJson.line(
                strike(),
                18,
                Optional.empty(),
                Optional.empty(),
                EventCoverage.single(Optional.empty())));
    assertThat(agreed.get("contested").isArray()).isTrue();
    assertThat(agreed.get("contested")).isEmpty();
    assertThat(agreed.get("first_seen").isNull()).isTrue();
  }

  @Test
  void anEventCodedButNotStoredHasNoCoverage() throws Exception {
    JsonNode node = MAPPER.readTree(EventJson.line(strike()));

    assertThat(node.has("mentions")).isFalse();
    assertThat(node.has("contested")).isFalse();
  }
}
