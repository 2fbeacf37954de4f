package org.sitrep;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says on the console, once at the end of a run, which tests were skipped and why (shared examples,
 * PostgreSQL or a browser absent), so a green run that left checks out is not mistaken for a full
 * one. Maven prints only how many were skipped.
 */
public final class SkippedTestsReport implements TestExecutionListener {
  private final Map<String, Integer> reasons = new TreeMap<>();
  private final PrintStream console;

  /** The instance the JUnit Platform loads (see META-INF/services): it reports on stderr. */
  public SkippedTestsReport() {
    this(System.err);
  }

  SkippedTestsReport(PrintStream console) {
    this.console = console;
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    count(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    // A failed assumption (Assumptions.assumeTrue) aborts a test rather than skipping it.
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      count(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    reasons.forEach(
        (reason, tests) ->
            console.println(
                "sitrep tests: "
                    + tests
                    + (tests == 1 ? " test" : " tests")
                    + " skipped: "
                    + reason));
  }

  private void count(TestIdentifier test, String reason) {
    if (test.isTest() || test.isContainer()) {
      String said =
          reason == null ? "no reason given" : reason.replaceFirst("^Assumption failed: ", "");
      reasons.merge(said, 1, Integer::sum);
    }
  }
}
