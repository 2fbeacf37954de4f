package org.sitrep.beam;

import java.io.Serializable;

/**
 * Bytes {@code [start, end)} of an input file: a JSON-lines file is cut into ranges that workers
 * read apart; any other file is one range, read whole.
 *
 * <pre>{@code new FileRange("/data/news.jsonl", 0, 67_108_864, true)}</pre>
 */
record FileRange(String file, long start, long end, boolean lines) implements Serializable {
  private static final long serialVersionUID = 1L;
}
