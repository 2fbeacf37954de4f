package org.sitrep.geo;

/**
 * The gazetteer resource is missing or does not have the expected format. The message names the
 * resource, the line where it applies, and what was expected.
 */
public final class GazetteerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  GazetteerException(String message) {
    super(message);
  }

  GazetteerException(String message, Throwable cause) {
    super(message, cause);
  }
}
