package org.sitrep.dictionaries;

/**
 * Cuts {@code <!-- -->} comments out of a verb dictionary's lines as they are read; a comment may
 * run over several lines, so what was cut is remembered from one line to the next.
 */
final class SpanningComments {
  private boolean inComment = false;
  private int commentStart = 0;

  /** The parts of the line outside comments, joined. */
  String cut(String raw, int lineNumber) {
    StringBuilder kept = new StringBuilder();
    int i = 0;
    while (i < raw.length()) {
      if (inComment) {
        int close = raw.indexOf("-->", i);
        if (close < 0) {
          i = raw.length();
        } else {
          inComment = false;
          i = close + 3;
        }
      } else {
        int open = raw.indexOf("<!--", i);
        if (open < 0) {
          kept.append(raw, i, raw.length());
          i = raw.length();
        } else {
          kept.append(raw, i, open);
          inComment = true;
          commentStart = lineNumber;
          i = open + 4;
        }
      }
    }
    return kept.toString();
  }

  /** Whether a comment is still open after the lines cut so far. */
  boolean isOpen() {
    return inComment;
  }

  /** The line the last comment opened on. */
  int openedOn() {
    return commentStart;
  }
}
