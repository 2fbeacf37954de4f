package org.sitrep.eval;

/**
 * A count of right answers out of the cases that could be judged, e.g. matched events whose gold
 * has a date. {@link #value()} is 0 when nothing could be judged; check {@link #of()}.
 *
 * <pre>{@code new Share(7, 10).value()  // 0.7}</pre>
 */
public record Share(int right, int of) {
  public static final Share ZERO = new Share(0, 0);

  public Share {
    if (right < 0 || right > of) {
      throw new IllegalArgumentException("right must be within 0.." + of + ": " + right);
    }
  }

  public double value() {
    return of == 0 ? 0.0 : (double) right / of;
  }

  /** The micro sum of two shares. */
  public Share plus(Share other) {
    return new Share(right + other.right, of + other.of);
  }
}
