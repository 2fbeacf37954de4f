package org.sitrep.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for people: columns padded to their widest cell, long cells cut with an
 * ellipsis so that one row stays one line. A row may carry lines printed as they are beneath it (an
 * event's mentions).
 */
final class Table {
  private final List<String> header;
  private final int[] maxWidths;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<List<String>> below = new ArrayList<>();

  Table(List<String> header, int... maxWidths) {
    if (header.size() != maxWidths.length) {
      throw new IllegalArgumentException(
          "one width per column: " + header + " " + maxWidths.length);
    }
    this.header = List.copyOf(header);
    this.maxWidths = maxWidths.clone();
  }

  void add(List<String> cells) {
    List<String> row = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String cell =
          i < cells.size() && cells.get(i) != null ? cells.get(i).replaceAll("\\s+", " ") : "";
      row.add(cell.length() > maxWidths[i] ? cell.substring(0, maxWidths[i] - 1) + "…" : cell);
    }
    rows.add(row);
    below.add(new ArrayList<>());
  }

  /** A line printed as it is beneath the last row added, outside the columns. */
  void addBelow(String line) {
    if (rows.isEmpty()) {
      throw new IllegalStateException("no row to write beneath: " + line);
    }
    below.get(below.size() - 1).add(line.stripTrailing());
  }

  void print(PrintStream out) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    line(out, header, widths);
    for (int r = 0; r < rows.size(); r++) {
      line(out, rows.get(r), widths);
      below.get(r).forEach(out::println);
    }
  }

  private static void line(PrintStream out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      line.append(cell);
      if (i < cells.size() - 1) {
        line.append(" ".repeat(widths[i] - cell.length() + 2));
      }
    }
    out.println(line.toString().stripTrailing());
  }
}
