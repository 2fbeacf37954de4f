package org.sitrep.export;

import java.util.List;

/**
 * One row of RFC 4180 CSV: cells holding a comma, quote or line break are quoted, quotes doubled.
 *
 * <pre>{@code Csv.row(List.of("a", "b,c"))  // a,"b,c"}</pre>
 */
public final class Csv {
  private Csv() {}

  public static String row(List<String> cells) {
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        row.append(',');
      }
      String cell = cells.get(i) == null ? "" : cells.get(i);
      if (cell.indexOf(',') >= 0
          || cell.indexOf('"') >= 0
          || cell.indexOf('\n') >= 0
          || cell.indexOf('\r') >= 0) {
        row.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        row.append(cell);
      }
    }
    return row.toString();
  }
}
