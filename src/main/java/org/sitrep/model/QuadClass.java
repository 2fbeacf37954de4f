package org.sitrep.model;

/**
 * GDELT's four quad classes of CAMEO roots.
 *
 * <pre>{@code QuadClass.of("195")  // MATERIAL_CONFLICT, number() == 4 }</pre>
 */
public enum QuadClass {
  VERBAL_COOPERATION(1),
  MATERIAL_COOPERATION(2),
  VERBAL_CONFLICT(3),
  MATERIAL_CONFLICT(4);

  private final int number;

  QuadClass(int number) {
    this.number = number;
  }

  public int number() {
    return number;
  }

  /** The quad class of a CAMEO code, by its two-digit root: 01-05, 06-09, 10-14, 15-20. */
  public static QuadClass of(String code) {
    if (code.length() < 2
        || !Character.isDigit(code.charAt(0))
        || !Character.isDigit(code.charAt(1))) {
      throw new IllegalArgumentException("not a CAMEO code: " + code);
    }
    int root = Integer.parseInt(code.substring(0, 2));
    if (root >= 1 && root <= 5) {
      return VERBAL_COOPERATION;
    } else if (root >= 6 && root <= 9) {
      return MATERIAL_COOPERATION;
    } else if (root >= 10 && root <= 14) {
      return VERBAL_CONFLICT;
    } else if (root >= 15 && root <= 20) {
      return MATERIAL_CONFLICT;
    }
    throw new IllegalArgumentException("CAMEO root out of range 01-20: " + code);
  }
}
