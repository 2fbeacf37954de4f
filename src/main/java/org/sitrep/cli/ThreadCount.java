package org.sitrep.cli;

/** The default number of coding threads: one per core. */
final class ThreadCount {
  private ThreadCount() {}

  static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }
}
