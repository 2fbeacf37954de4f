package org.sitrep.dictionaries;

/**
 * A dictionary line that cannot be read, located by source name and 1-based line number.
 *
 * <p>The message always says what was expected and what was found, so a dictionary editor can fix
 * the line without reading the reader's code.
 *
 * <pre>{@code throw new DictionaryException("Phoenix.agents.txt", 544, "expected ']' ...");}</pre>
 */
public final class DictionaryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String reason;

  public DictionaryException(String source, int line, String message) {
    super(source + ":" + line + ": " + message);
    this.source = source;
    this.line = line;
    this.reason = message;
  }

  /** The name the dictionary was read under, usually its file name. */
  public String source() {
    return source;
  }

  /** The 1-based line the problem was found on. */
  public int line() {
    return line;
  }

  /** What was expected and found, without the source and line. */
  public String reason() {
    return reason;
  }
}
