package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class SkippedTestsReportTest {

  /** Run by the test below through the launcher; surefire does not run nested classes. */
  static class SomeSkipped {
    @Test
    void runs() {}

    @Test
    void needsAFolder() {
      Assumptions.assumeTrue(false, "no folder here; set FOLDER");
    }

    @Test
    void needsTheFolderToo() {
      Assumptions.assumeTrue(false, "no folder here; set FOLDER");
    }

    @Test
    @Disabled("not written yet")
    void disabled() {}
  }

  @Test
  void saysOnceAtTheEndHowManyTestsWereSkippedForEachReason() {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    SkippedTestsReport report =
        new SkippedTestsReport(new PrintStream(console, true, StandardCharsets.UTF_8));

    // Without auto-registration: the run's own report would print these skips as well.
    LauncherFactory.create(
            LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
        .execute(
            LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(SomeSkipped.class))
                .build(),
            report);

    assertThat(console.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "sitrep tests: 2 tests skipped: no folder here; set FOLDER",
            "sitrep tests: 1 test skipped: not written yet");
  }
}
