package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.store.Store;
import org.sitrep.store.TestPostgres;

/**
 * The report's queries on PostgreSQL give what they give on SQLite: {@link EscalationTest}'s store
 * and its answer. Skipped without {@code SITREP_TEST_POSTGRES}, unless CI requires it.
 */
class PostgresReportTest {
  @Test
  void theSpikeEscalatesOnPostgresqlToo() {
    TestPostgres server = TestPostgres.start();
    try (Store store = Store.open(server.url())) {
      Report report = EscalationTest.fillAndReport(store);
      assertThat(report.escalating())
          .extracting(Mover::key)
          .containsExactlyInAnyOrder("RUSMIL>UKR", "RUS", "UKR");
      assertThat(report.calming()).isEmpty();
      assertThat(report.now().events()).isEqualTo(21);
      assertThat(report.before().events()).isEqualTo(8);
      assertThat(report.baselineEvents()).isEqualTo(32);
      assertThat(report.newActors())
          .extracting(NewActor::code)
          .containsExactlyInAnyOrder("SDNREB", "SDNCVL");
      assertThat(report.timeline()).hasSize(7);
      assertThat(report.mostSevere()).isNotEmpty();
    } finally {
      server.drop();
    }
  }
}
