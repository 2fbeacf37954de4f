package org.sitrep.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Strict decoding of query names and values: what Javalin would drop must be refused. */
class QueryStringTest {
  @Test
  void decodesEscapesPlusesAndRawCharacters() {
    assertThat(QueryString.decode("%C3%A9t%C3%A9+Kyiv")).isEqualTo("été Kyiv");
    assertThat(QueryString.decode("Київ")).isEqualTo("Київ");
    assertThat(QueryString.decode("%F0%9F%99%82😀")).isEqualTo("🙂😀");
    assertThat(QueryString.decode("")).isEmpty();
  }

  @Test
  void refusesBrokenEscapesAndMalformedUtf8() {
    for (String bad : new String[] {"%", "abc%", "%4", "%ZZ", "%E0%A4%A", "%E0%A4", "%C3", "%FF"}) {
      assertThatThrownBy(() -> QueryString.decode(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void namesTheParameterWhoseValueDoesNotDecode() {
    assertThatThrownBy(() -> QueryString.check("actor=RUS&q=%E0%A4%A&limit=5"))
        .hasMessageContaining("parameter 'q'");
    assertThatThrownBy(() -> QueryString.check("caf%C3%A9=%"))
        .hasMessageContaining("parameter 'café'");
    assertThatThrownBy(() -> QueryString.check("%ZZ=1")).hasMessageContaining("parameter name");
  }

  @Test
  void takesWellFormedQueriesAndEmptyPairs() {
    QueryString.check(null);
    QueryString.check("");
    QueryString.check("actor=RUS&&q=&flag&q2=a%20b+c");
  }
}
