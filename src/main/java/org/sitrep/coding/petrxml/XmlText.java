package org.sitrep.coding.petrxml;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a PETRARCH XML file, decoded before the parser sees it: the JDK's parser prints
 * "[Fatal Error] ..." to stderr on a byte that is not valid in the encoding, before it throws,
 * while this names the byte's line and column.
 */
final class XmlText {
  private static final Pattern ENCODING =
      Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

  /** A file's encoding, and where its text starts after the byte order mark. */
  private record Encoding(Charset charset, int start) {}

  private XmlText() {}

  /**
   * The file's text in the encoding its byte order mark or XML declaration names, UTF-8 if neither;
   * a byte that is not valid in it is an error with its line and column.
   */
  static String decode(String name, byte[] bytes) {
    Encoding encoding = encoding(name, bytes);
    Charset charset = encoding.charset();
    int start = encoding.start();
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(in)
          .toString();
    } catch (CharacterCodingException e) {
      throw badByte(name, bytes, encoding, Math.min(in.position(), bytes.length - 1));
    }
  }

  private static Encoding encoding(String name, byte[] bytes) {
    Charset charset = StandardCharsets.UTF_8;
    int start = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      start = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      start = 2;
    } else {
      String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
      Matcher declared = ENCODING.matcher(head);
      if (declared.find()) {
        try {
          charset = Charset.forName(declared.group(1));
        } catch (IllegalArgumentException e) {
          throw new PetrarchXmlException(
              name,
              1,
              declared.start(1) + 1,
              "unknown encoding '" + declared.group(1) + "' in the XML declaration");
        }
      }
    }
    return new Encoding(charset, start);
  }

  private static PetrarchXmlException badByte(
      String name, byte[] bytes, Encoding encoding, int bad) {
    Charset charset = encoding.charset();
    int line = 1;
    int lineStart = encoding.start();
    for (int i = encoding.start(); i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = new String(bytes, lineStart, bad - lineStart, charset).length() + 1;
    return new PetrarchXmlException(
        name,
        line,
        column,
        String.format(
            Locale.ROOT,
            "not XML: byte 0x%02X is not %s text (if the file is in another encoding, declare it, e.g."
                + " <?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>)",
            bytes[bad] & 0xFF,
            charset.name()));
  }
}
