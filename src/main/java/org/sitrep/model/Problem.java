package org.sitrep.model;

import java.util.Objects;

/**
 * An input problem that the batch reports and skips: which file, which record (a line number, an
 * id, or both) and why.
 *
 * <pre>{@code new Problem("in.xml", "line 40, sentence DEMO-02", "tree: expected ')'")}</pre>
 */
public record Problem(String file, String record, String reason) {
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(reason, "reason");
  }

  /** One line for stderr: {@code file: record: reason}. */
  public String describe() {
    return file + ": " + record + ": " + reason;
  }
}
