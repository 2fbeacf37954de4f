package org.sitrep.api;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Strict reading of a URL's query: every name and value must be well-formed percent-encoded UTF-8.
 * Javalin drops a pair it cannot decode, so {@code ?q=%E0%A4%A} would be answered as if no words
 * were asked for; checked first, such a query is a 400 that names the parameter.
 */
final class QueryString {
  private QueryString() {}

  /** Throws {@link IllegalArgumentException} naming the first parameter that does not decode. */
  static void check(@Nullable String query) {
    if (query == null || query.isEmpty()) {
      return;
    }
    for (String pair : query.split("&", -1)) {
      int equals = pair.indexOf('=');
      String rawName = equals < 0 ? pair : pair.substring(0, equals);
      String name;
      try {
        name = decode(rawName);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "a parameter name is not valid percent-encoded UTF-8 ("
                + e.getMessage()
                + "): "
                + shorten(rawName),
            e);
      }
      if (equals >= 0) {
        try {
          decode(pair.substring(equals + 1));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "parameter '"
                  + shorten(name)
                  + "' is not valid percent-encoded UTF-8 ("
                  + e.getMessage()
                  + ")",
              e);
        }
      }
    }
  }

  /** Decodes {@code +} and {@code %HH} escapes, refusing broken escapes and malformed UTF-8. */
  static String decode(String encoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        int high = i + 1 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
        int low = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 2), 16) : -1;
        if (high < 0 || low < 0) {
          throw new IllegalArgumentException("'%' must be followed by two hex digits");
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        // raw characters other than ASCII (a client that did not encode) are taken as they are
        int end = Character.isHighSurrogate(c) && i + 1 < encoded.length() ? i + 2 : i + 1;
        String literal = c == '+' ? " " : encoded.substring(i, end);
        bytes.writeBytes(literal.getBytes(StandardCharsets.UTF_8));
        i = end - 1;
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("the escapes are not UTF-8", e);
    }
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
