package org.sitrep.watch;

/**
 * A request that got no usable answer: refused before it was sent (not http(s), a private address,
 * too many redirects), timed out, too large, or the connection failed. {@link #lasting()} tells a
 * refusal that asking again will not change from a failure worth retrying.
 *
 * <pre>{@code throw new FetchException("http://10.0.0.1/: refused: private address", true);}</pre>
 */
public final class FetchException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean lasting;

  public FetchException(String message, boolean lasting) {
    super(message);
    this.lasting = lasting;
  }

  public FetchException(String message, Throwable cause) {
    super(message, cause);
    this.lasting = false;
  }

  /** The message, never null: every constructor is given one. */
  public String reason() {
    return String.valueOf(getMessage());
  }

  /** True when asking again cannot help: the URL or its answer is refused as such. */
  public boolean lasting() {
    return lasting;
  }
}
