package org.sitrep.eval;

/**
 * A gold file that cannot be read, located by file name, 1-based line and column (both 0 when the
 * whole file is the problem). The message says what was expected and what was found.
 *
 * <pre>
 * {@code throw new GoldFormatException("gold/seed.json", 12, 17, "expected a date like 2024-11-07 ...");}
 * </pre>
 */
public final class GoldFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;

  public GoldFormatException(String file, int line, int column, String message) {
    super(line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /** The name the gold file was read under, usually its path. */
  public String file() {
    return file;
  }

  /** The 1-based line of the problem; 0 when it concerns the whole file. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem; 0 when it concerns the whole file. */
  public int column() {
    return column;
  }
}
