package org.sitrep.store;

/**
 * The store cannot be opened or used: a bad URL, a database that is not sitrep's, a lost server.
 */
public final class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
