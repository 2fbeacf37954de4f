package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page ended, as an opaque string: the sort key (a date, possibly empty) and the id of its
 * last row. Keyset paging: the next page starts after that key whatever was stored since.
 */
record Cursor(String key, String id) {
  static Cursor decode(String text) {
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      int bar = decoded.indexOf('|'); // dates hold no bar; ids may
      if (bar < 0) {
        throw new IllegalArgumentException("bad cursor: " + text);
      }
      return new Cursor(decoded.substring(0, bar), decoded.substring(bar + 1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "bad cursor (take it from the previous page's next): " + text, e);
    }
  }

  String encode() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((key + "|" + id).getBytes(StandardCharsets.UTF_8));
  }

  long numericId() {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "bad cursor (take it from the previous page's next): " + encode(), e);
    }
  }
}
