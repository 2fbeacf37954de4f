package org.sitrep.coding.petrxml;

/** A file that is not PETRARCH XML at all: not well-formed, or not {@code <Sentences>} inside. */
public final class PetrarchXmlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PetrarchXmlException(String file, int line, int column, String message) {
    super(file + ":" + line + ":" + column + ": " + message);
  }
}
