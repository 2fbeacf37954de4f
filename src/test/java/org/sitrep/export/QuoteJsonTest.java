package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorCode;
import org.sitrep.model.Quote;

class QuoteJsonTest {
  @Test
  void writesAQuoteAsOneTypedLine() {
    Quote quote =
        new Quote(
            "seed",
            "Dmitry Peskov",
            Optional.of(ActorCode.of("RUSGOV")),
            "The signals are positive",
            1200,
            1224);

    assertThat(QuoteJson.line(quote))
        .isEqualTo(
            "{\"type\":\"quote\",\"article\":\"seed\",\"speaker\":{\"text\":\"Dmitry Peskov\","
                + "\"code\":\"RUSGOV\"},\"text\":\"The signals are positive\",\"start\":1200,\"end\":1224}");
  }

  @Test
  void writesNullForASpeakerWithoutCode() {
    Quote quote = new Quote("seed", "the Post", Optional.empty(), "briefly \"raised\"", 10, 26);

    assertThat(QuoteJson.line(quote))
        .contains("\"speaker\":{\"text\":\"the Post\",\"code\":null}")
        .contains("\"text\":\"briefly \\\"raised\\\"\"")
        .doesNotContain("\n");
  }

  @Test
  void aQuoteWithoutSpeakerHasANullSpeaker() throws Exception {
    com.fasterxml.jackson.databind.JsonNode node =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(
                QuoteJson.line(
                    new org.sitrep.model.Quote(
                        "a", "", java.util.Optional.empty(), "words", 0, 5)));
    org.assertj.core.api.Assertions.assertThat(node.get("speaker").isNull()).isTrue();
  }
}
