package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoldReaderTest {
  private static Path goldDir() throws URISyntaxException {
    return Path.of(GoldReaderTest.class.getResource("gold/a1.json").toURI()).getParent();
  }

  @Test
  void readsEventsAndQuotesWithEmptyStringsAsEmpty() throws Exception {
    GoldArticle gold = GoldReader.read(goldDir().resolve("a1.json"));

    assertThat(gold.id()).isEqualTo("a1");
    assertThat(gold.events()).hasSize(2);
    GoldEvent call = gold.events().get(0);
    assertThat(call.target()).contains("RUSGOV");
    assertThat(call.date()).contains(GoldDate.parse("2024-11-07"));
    assertThat(call.location()).contains("Florida");
    assertThat(call.claimedBy()).contains("USAMED");
    assertThat(call.quantity()).isEmpty();
    GoldEvent strike = gold.events().get(1);
    assertThat(strike.target()).isEmpty();
    assertThat(strike.date()).contains(GoldDate.parse("2024-11"));
    assertThat(strike.quantity()).contains("34 drones");
    assertThat(strike.note()).isEmpty();
    assertThat(gold.quotes())
        .extracting(GoldQuote::speakerActor)
        .containsExactly(Optional.of("RUSGOV"), Optional.empty());
  }

  @Test
  void findsAnArticlesGoldFileByItsId() throws Exception {
    assertThat(GoldReader.find(goldDir(), "a1")).map(GoldArticle::id).contains("a1");
  }

  @Test
  void aMissingGoldFileIsEmptyForTheCallerToReport() throws Exception {
    assertThat(GoldReader.find(goldDir(), "no-such-article")).isEmpty();
    assertThat(GoldReader.find(goldDir(), "../gold/a1")).isEmpty();
  }

  @Test
  void aGoldFileWhoseIdIsNotItsNameIsAnError() {
    assertThatThrownBy(() -> GoldReader.find(goldDir(), "renamed"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("renamed.json")
        .hasMessageContaining("expected id 'renamed'")
        .hasMessageContaining("found 'other'");
  }

  @Test
  void malformedJsonNamesFileLineAndColumn() {
    String json = "{\"id\": \"x\",\n \"events\": [\n  {\"source\": \"USA\" \"code\": \"040\"}]}";

    assertThatThrownBy(() -> GoldReader.parse(json, "gold/x.json"))
        .isInstanceOfSatisfying(
            GoldFormatException.class,
            e -> {
              assertThat(e.file()).isEqualTo("gold/x.json");
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isPositive();
            })
        .hasMessageStartingWith("gold/x.json:3:");
  }

  @Test
  void aBadDateIsAnErrorNamingTheValueAndItsLine() {
    String json =
        "{\"id\": \"x\", \"events\": [\n {\"source\": \"USA\", \"code\": \"040\", \"date\": \"7 Nov\"}\n]}";

    assertThatThrownBy(() -> GoldReader.parse(json, "x.json"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageStartingWith("x.json:2:")
        .hasMessageContaining("'7 Nov'");
  }

  @Test
  void anUnknownKeyIsAnErrorBecauseItIsUsuallyATypo() {
    String json =
        "{\"id\": \"x\", \"quotes\": [{\"speaker\": \"P\", \"speaker_actr\": \"RUS\", \"starts_with\": \"a\"}]}";

    assertThatThrownBy(() -> GoldReader.parse(json, "x.json"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("speaker_actr");
  }

  @Test
  void aRootThatIsNotTheStartOfTheCodeIsAnError() {
    String json =
        "{\"id\": \"x\", \"events\": [{\"source\": \"USA\", \"code\": \"040\", \"root\": \"05\"}]}";

    assertThatThrownBy(() -> GoldReader.parse(json, "x.json"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("'05'")
        .hasMessageContaining("'040'");
  }

  @Test
  void aGoldFileWithoutIdIsAnError() {
    assertThatThrownBy(() -> GoldReader.parse("{\"events\": []}", "x.json"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("\"id\"");
  }

  @Test
  void anEmptyFileIsAnError() {
    assertThatThrownBy(() -> GoldReader.parse("", "x.json"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageStartingWith("x.json");
  }
}
