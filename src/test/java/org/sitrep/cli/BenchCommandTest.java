package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.NeedsModels;

/** {@code sitrep bench}: prints where the time went and its figure line last. */
@NeedsModels
class BenchCommandTest {
  private static final String ARTICLES = "samples/articles/ukraine-drone-barrage-2025-09-08.json";

  @Test
  void benchEndsWithTheFigureLine() {
    CliRun run = CliRun.of("bench", "--repeat", "2", ARTICLES);

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> out = run.outLines();
    assertThat(out.get(out.size() - 1))
        .matches(
            "2 articles in \\d+\\.\\d s: \\d+\\.\\d\\d articles/s, peak heap \\d+ MB, \\d+% sentences parsed");
    assertThat(out).anyMatch(line -> line.contains("annotate") && line.contains("parse"));
  }

  @Test
  void benchRefusesARepeatBelowOne() {
    CliRun run = CliRun.of("bench", "--repeat", "0", ARTICLES);

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.errLines()).contains("sitrep: --repeat must be at least 1: 0");
  }
}
