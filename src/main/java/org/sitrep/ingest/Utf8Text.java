package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Bytes to text, strictly: sitrep reads UTF-8 only, and a NUL byte or an invalid UTF-8 sequence
 * means the input is binary or in another encoding. Decoding it leniently would feed replacement
 * characters to the tagger and code events from noise, so the first bad byte is reported with its
 * offset instead.
 */
final class Utf8Text {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private Utf8Text() {}

  /** Up to {@code limit + 1} bytes of {@code in}, so a caller sees that the input is too large. */
  static byte[] readAtMost(InputStream in, long limit) throws IOException {
    int cap = (int) Math.min(Integer.MAX_VALUE - 8, limit + 1);
    return in.readNBytes(cap);
  }

  /** The whole of {@code bytes} as text without a leading byte-order mark. */
  static String decode(byte[] bytes, String record) throws BadInput {
    return decode(bytes, bytes.length, 0, record);
  }

  /**
   * The first {@code length} bytes as text; {@code baseOffset} is where they start in the file, so
   * the reported offset is the file's.
   */
  static String decode(byte[] bytes, int length, long baseOffset, String record) throws BadInput {
    CharsetDecoder decoder = strictDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    int end = result.isError() ? in.position() : length;
    int nul = indexOfNul(bytes, end);
    if (nul >= 0) {
      throw notText(bytes, nul, baseOffset, record);
    }
    if (result.isError()) {
      throw notText(bytes, in.position(), baseOffset, record);
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return text.isEmpty() || text.charAt(0) != BYTE_ORDER_MARK ? text : text.substring(1);
  }

  /** True if the bytes hold a NUL within the first {@code length}: binary whatever the format. */
  static boolean hasNul(byte[] bytes, int length) {
    return indexOfNul(bytes, length) >= 0;
  }

  /** "not UTF-8 text (byte 0x00 at offset 12)" for the first NUL byte. */
  static BadInput binary(byte[] bytes, int length) {
    return notText(bytes, indexOfNul(bytes, length), 0, "file");
  }

  /** True if every byte is ASCII whitespace (or there are none). */
  static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  private static CharsetDecoder strictDecoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static int indexOfNul(byte[] bytes, int end) {
    for (int i = 0; i < end; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static BadInput notText(byte[] bytes, int index, long baseOffset, String record) {
    return new BadInput(
        record,
        String.format(
            Locale.ROOT,
            "not UTF-8 text (byte 0x%02X at offset %d); convert it to UTF-8 or leave it out",
            bytes[index] & 0xFF,
            baseOffset + index));
  }
}
